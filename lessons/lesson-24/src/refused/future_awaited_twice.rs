//! A helper that takes a future and awaits it again: refused.

/// Stands for any await: fetching a page, say.
pub async fn fetch_size(page: &str) -> u64 {
    page.len() as u64 * 100
}

// ANCHOR: code
pub async fn twice(work: impl Future<Output = u64>) -> u64 {
    work.await + work.await
}
// ANCHOR_END: code
