//! Code generic over a trait with an `async fn` cannot spawn its future.

use std::sync::Arc;

/// Stands for `tokio::spawn`, with the same bounds.
pub fn spawn<F>(future: F)
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    drop(future);
}

// ANCHOR: code
pub trait Handler {
    async fn handle(&self, body: String) -> String;
}

pub fn serve_in_background<H: Handler + Send + Sync + 'static>(handler: Arc<H>) {
    spawn(async move {
        handler.handle("rust".to_string()).await;
    });
}
// ANCHOR_END: code
