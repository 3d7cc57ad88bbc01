//! A helper that takes "a closure returning a future", given an async
//! closure whose future borrows what the closure owns.

/// Stands for any await: fetching a page, say.
pub async fn fetch_size(page: &str) -> u64 {
    page.len() as u64 * 100
}

// ANCHOR: code
pub async fn twice<F, Fut>(f: F) -> u64
where
    F: Fn() -> Fut,
    Fut: Future<Output = u64>,
{
    f().await + f().await
}

pub async fn home_twice() -> u64 {
    let page = String::from("home");
    twice(async move || fetch_size(&page).await).await
}
// ANCHOR_END: code
