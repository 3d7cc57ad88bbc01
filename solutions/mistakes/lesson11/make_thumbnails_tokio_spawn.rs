// Mistake: moves `shrink` into a `tokio::spawn`ed task, which still runs on the runtime's thread and blocks it.
// Expect: Blocking:
// ANCHOR: make_thumbnails
/// Each thumbnail is made in a task of its own.
pub async fn make_thumbnails(names: Vec<&'static str>) -> Vec<Thumbnail> {
    let thumbnails = names.into_iter().map(|name| async move {
        let image = download(name).await;
        tokio::spawn(async move { shrink(image) }).await.expect("shrink panicked")
    });
    join_all(thumbnails).await
}
// ANCHOR_END: make_thumbnails
