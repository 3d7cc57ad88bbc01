// Mistake: shrinks on a `std::thread` (as with Python's `threading`) and waits for it with a blocking `join()`, which blocks the runtime's thread all the same.
// Expect: Blocking:
// ANCHOR: make_thumbnails
/// Each thumbnail on a thread of its own, joined in place.
pub async fn make_thumbnails(names: Vec<&'static str>) -> Vec<Thumbnail> {
    let thumbnails = names.into_iter().map(|name| async move {
        let image = download(name).await;
        std::thread::spawn(move || shrink(image)).join().expect("shrink panicked")
    });
    join_all(thumbnails).await
}
// ANCHOR_END: make_thumbnails
