// Mistake: zips the streams and flattens the pairs, alternating left and right: the order is not the order of arrival, and the items of the longer stream that have no partner are lost.
// Expect: the items as they arrived
// ANCHOR: merged
/// One from each, in turn.
pub async fn merged(
    left: BoxStream<'static, &'static str>,
    right: BoxStream<'static, &'static str>,
) -> Vec<&'static str> {
    left.zip(right).flat_map(|(left, right)| stream::iter([left, right])).collect().await
}
// ANCHOR_END: merged
