// Mistake: fixes the shrinking with `spawn_blocking` but downloads and shrinks the images one after another in a `for` loop.
// Expect: did not run its work as expected
// ANCHOR: make_thumbnails
/// One image at a time: download, then shrink off the runtime.
pub async fn make_thumbnails(names: Vec<&'static str>) -> Vec<Thumbnail> {
    let mut thumbnails = Vec::new();
    for name in names {
        let image = download(name).await;
        let thumbnail = tokio::task::spawn_blocking(move || shrink(image));
        thumbnails.push(thumbnail.await.expect("shrink panicked"));
    }
    thumbnails
}
// ANCHOR_END: make_thumbnails
