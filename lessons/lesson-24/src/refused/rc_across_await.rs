//! An `Rc` kept across an `.await` in a spawned future.

use std::cell::Cell;
use std::rc::Rc;

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
pub fn tally(pages: Vec<String>) {
    let total = Rc::new(Cell::new(0));
    spawn(async move {
        for page in &pages {
            let size = fetch_size(page).await;
            total.set(total.get() + size);
        }
    });
}
// ANCHOR_END: code
