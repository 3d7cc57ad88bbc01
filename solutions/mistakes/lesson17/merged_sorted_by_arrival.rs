// Mistake: collects both streams at once with the instant each item arrived, then sorts the pairs: items that arrive at one instant are put in the order of their names, even two from the same stream, which must keep their order.
// Expect: differs from the reference solution in what it returned
// ANCHOR: merged
/// Every item with its arrival time, sorted.
pub async fn merged(
    left: BoxStream<'static, &'static str>,
    right: BoxStream<'static, &'static str>,
) -> Vec<&'static str> {
    let stamped = |items: BoxStream<'static, &'static str>| {
        items.map(|item| (tokio::time::Instant::now(), item)).collect::<Vec<_>>()
    };
    let (left, right) = futures::join!(stamped(left), stamped(right));
    let mut all = [left, right].concat();
    all.sort();
    all.into_iter().map(|(_, item)| item).collect()
}
// ANCHOR_END: merged
