// Mistake: collects both streams concurrently with `join!` and then puts the two lists together: the timing is right, the order is not.
// Expect: the items as they arrived
// ANCHOR: merged
/// Both at once, then concatenated.
pub async fn merged(
    left: BoxStream<'static, &'static str>,
    right: BoxStream<'static, &'static str>,
) -> Vec<&'static str> {
    let (left, right): (Vec<_>, Vec<_>) = futures::join!(left.collect(), right.collect());
    [left, right].concat()
}
// ANCHOR_END: merged
