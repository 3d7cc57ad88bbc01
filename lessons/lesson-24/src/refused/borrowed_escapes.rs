//! A spawned future that borrows an argument.

use std::sync::{Arc, Mutex};

/// Stands for `tokio::spawn`, with the same bounds.
pub fn spawn<F>(future: F)
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    drop(future);
}

/// Stands for any await: fetching a page, say.
pub async fn fetch_size(page: &str) -> u64 {
    page.len() as u64 * 100
}

// ANCHOR: code
pub fn tally(total: Arc<Mutex<u64>>, pages: &[String]) {
    spawn(async move {
        for page in pages {
            let size = fetch_size(page).await;
            *total.lock().unwrap() += size;
        }
    });
}
// ANCHOR_END: code
