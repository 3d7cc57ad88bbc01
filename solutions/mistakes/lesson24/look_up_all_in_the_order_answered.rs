// Mistake: collects the numbers from a `FuturesUnordered`, in the order the lookups end, not in the order of the names.
// Expect: returned the wrong value
// ANCHOR: look_up_all
/// Looks every name up at once and keeps each number as it comes.
pub async fn look_up_all(directory: &Directory, names: &[String]) -> Vec<Option<u32>> {
    use futures::StreamExt;
    use futures::stream::FuturesUnordered;
    let lookups: FuturesUnordered<_> = names.iter().map(|name| directory.look_up(name)).collect();
    lookups.collect().await
}
// ANCHOR_END: look_up_all
