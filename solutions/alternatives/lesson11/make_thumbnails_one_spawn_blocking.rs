// Alternative: downloads every image at once, then makes all the thumbnails in one `spawn_blocking` call, one after another on one thread of the blocking pool.
// ANCHOR: make_thumbnails
/// The runtime's thread only waits; one blocking-pool thread does the CPU
/// work, in turn.
pub async fn make_thumbnails(names: Vec<&'static str>) -> Vec<Thumbnail> {
    let images = join_all(names.into_iter().map(download)).await;
    tokio::task::spawn_blocking(move || images.into_iter().map(shrink).collect())
        .await
        .expect("shrink panicked")
}
// ANCHOR_END: make_thumbnails
