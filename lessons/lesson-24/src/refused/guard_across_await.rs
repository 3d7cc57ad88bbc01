//! A `std::sync::MutexGuard` kept across an `.await` in a spawned future.

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
pub fn tally(total: Arc<Mutex<u64>>, pages: Vec<String>) {
    spawn(async move {
        let mut total = total.lock().unwrap();
        for page in &pages {
            *total += fetch_size(page).await;
        }
    });
}
// ANCHOR_END: code
