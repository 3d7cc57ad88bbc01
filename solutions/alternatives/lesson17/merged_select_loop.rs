// Alternative: a `select!` loop whose branches match `Some(item)`, so that an ended stream's branch is switched off and the loop ends only when both have ended (`else`).
// ANCHOR: merged
/// Whichever is first, until both have ended.
pub async fn merged(
    mut left: BoxStream<'static, &'static str>,
    mut right: BoxStream<'static, &'static str>,
) -> Vec<&'static str> {
    let mut items = Vec::new();
    loop {
        tokio::select! {
            Some(item) = left.next() => items.push(item),
            Some(item) = right.next() => items.push(item),
            else => break,
        }
    }
    items
}
// ANCHOR_END: merged
