// Mistake: gets rid of the blocking by making each thumbnail itself (a hundredth of the pixels) instead of calling `shrink`, the work the function is for.
// Expect: each thumbnail should be made by `shrink`
// ANCHOR: make_thumbnails
/// The arithmetic of `shrink`, without its work.
pub async fn make_thumbnails(names: Vec<&'static str>) -> Vec<Thumbnail> {
    let thumbnails = names.into_iter().map(|name| async move {
        let image = download(name).await;
        Thumbnail { name: image.name, pixels: image.pixels / 100 }
    });
    join_all(thumbnails).await
}
// ANCHOR_END: make_thumbnails
