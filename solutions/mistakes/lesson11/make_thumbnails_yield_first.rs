// Mistake: awaits `yield_now()` before shrinking (Python's `await asyncio.sleep(0)`), as if an `.await` before the work moved the work off the thread; `shrink` still runs on the runtime's thread.
// Expect: Blocking:
// ANCHOR: make_thumbnails
/// Lets the other tasks run once, then shrinks in place.
pub async fn make_thumbnails(names: Vec<&'static str>) -> Vec<Thumbnail> {
    let thumbnails = names.into_iter().map(|name| async move {
        let image = download(name).await;
        tokio::task::yield_now().await;
        shrink(image)
    });
    join_all(thumbnails).await
}
// ANCHOR_END: make_thumbnails
