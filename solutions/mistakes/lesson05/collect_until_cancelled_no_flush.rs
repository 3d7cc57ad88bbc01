// Mistake: stops at once but returns the buffer's length without flushing it.
// Expect: did not run its work as expected
// ANCHOR: collect_until_cancelled
/// Counts what it collected, and forgets to write it out.
pub async fn collect_until_cancelled(token: CancellationToken) -> usize {
    let mut buffer = Vec::new();
    let mut n = 1;
    while let Some(item) = token.run_until_cancelled(next_item(n)).await {
        buffer.push(item);
        n += 1;
    }
    buffer.len()
}
// ANCHOR_END: collect_until_cancelled
