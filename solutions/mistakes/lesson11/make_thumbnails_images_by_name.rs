// Mistake: downloads every image into a `HashMap` by name, then shrinks them in the order given, taking each out of the map; a name given twice was downloaded into one entry, so the second time there is nothing to take.
// Expect: Panicked:
// ANCHOR: make_thumbnails
/// The images kept by name between the two steps.
pub async fn make_thumbnails(names: Vec<&'static str>) -> Vec<Thumbnail> {
    let downloads = names.iter().map(|&name| async move { (name, download(name).await) });
    let mut images: std::collections::HashMap<&'static str, Image> =
        join_all(downloads).await.into_iter().collect();
    let mut thumbnails = Vec::new();
    for name in names {
        let image = images.remove(name).expect("every image was downloaded");
        let thumbnail = tokio::task::spawn_blocking(move || shrink(image));
        thumbnails.push(thumbnail.await.expect("shrink panicked"));
    }
    thumbnails
}
// ANCHOR_END: make_thumbnails
