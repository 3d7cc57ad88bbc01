// Mistake: numbers the items from 0, as `range()` would, where the items are 1, 2, 3, ...
// Expect: did not run its work as expected
// ANCHOR: collect_until_cancelled
/// Asks for item 0 first.
pub async fn collect_until_cancelled(token: CancellationToken) -> usize {
    let mut buffer = Vec::new();
    let mut n = 0;
    while let Some(item) = token.run_until_cancelled(next_item(n)).await {
        buffer.push(item);
        n += 1;
    }
    flush(buffer).await
}
// ANCHOR_END: collect_until_cancelled
