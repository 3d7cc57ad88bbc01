// Mistake: a semaphore of `at_most` and `join_all`, asyncio's way: a lookup that is done gives its place back at once, so d starts at 2, where a done lookup must keep its place until the sizes before it are handed out.
// Expect: did not run its work as expected
// ANCHOR: first_sizes
/// Every wanted lookup waits for a permit of the semaphore.
pub async fn first_sizes(files: Vec<File>, wanted: usize, at_most: usize) -> Vec<u32> {
    let places = tokio::sync::Semaphore::new(at_most);
    let places = &places;
    futures::future::join_all(files.into_iter().take(wanted).map(|file| async move {
        let _place = places.acquire().await.expect("the semaphore is never closed");
        look_up(file).await
    }))
    .await
}
// ANCHOR_END: first_sizes
