//! A trait with an `async fn`, used as `dyn`: refused.

// ANCHOR: code
pub trait Handler {
    async fn handle(&self, body: &str) -> String;
}

pub fn count(handlers: &[Box<dyn Handler>]) -> usize {
    handlers.len()
}
// ANCHOR_END: code
