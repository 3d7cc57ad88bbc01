// ANCHOR: look_up_all
/// A `FuturesOrdered` runs the lookups at once and yields them in the order
/// they were pushed.
pub async fn look_up_all(directory: &Directory, names: &[String]) -> Vec<Option<u32>> {
    use futures::StreamExt;
    use futures::stream::FuturesOrdered;
    let lookups: FuturesOrdered<_> = names.iter().map(|name| directory.look_up(name)).collect();
    lookups.collect().await
}
// ANCHOR_END: look_up_all
