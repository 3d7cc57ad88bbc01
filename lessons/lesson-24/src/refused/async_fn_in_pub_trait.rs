//! A public trait with an `async fn`: allowed, with a warning.

// ANCHOR: code
pub trait Handler {
    async fn handle(&self, body: &str) -> String;
}
// ANCHOR_END: code
