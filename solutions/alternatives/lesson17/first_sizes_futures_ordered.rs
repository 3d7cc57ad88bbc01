// Alternative: a `FuturesOrdered` filled by hand: a new lookup is pushed only when one has been handed out, which is what `buffered` does.
// ANCHOR: first_sizes
/// `buffered`, written out.
pub async fn first_sizes(files: Vec<File>, wanted: usize, at_most: usize) -> Vec<u32> {
    let mut waiting = files.into_iter().take(wanted);
    let mut running = futures::stream::FuturesOrdered::new();
    running.extend(waiting.by_ref().take(at_most).map(look_up));
    let mut sizes = Vec::new();
    while let Some(size) = running.next().await {
        sizes.push(size);
        running.extend(waiting.next().map(look_up));
    }
    sizes
}
// ANCHOR_END: first_sizes
