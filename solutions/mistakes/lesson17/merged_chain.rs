// Mistake: uses `chain`, which gives every item of the left stream before the first of the right one, and only starts the right stream when the left has ended.
// Expect: the items as they arrived
// ANCHOR: merged
/// One stream after the other.
pub async fn merged(
    left: BoxStream<'static, &'static str>,
    right: BoxStream<'static, &'static str>,
) -> Vec<&'static str> {
    left.chain(right).collect().await
}
// ANCHOR_END: merged
