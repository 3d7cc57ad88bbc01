// Mistake: skips the flush when nothing was collected, where the spec says to flush in every case.
// Expect: did not run its work as expected
// ANCHOR: collect_until_cancelled
/// Flushes only a buffer that holds something.
pub async fn collect_until_cancelled(token: CancellationToken) -> usize {
    let mut buffer = Vec::new();
    let mut n = 1;
    while let Some(item) = token.run_until_cancelled(next_item(n)).await {
        buffer.push(item);
        n += 1;
    }
    if buffer.is_empty() {
        return 0;
    }
    flush(buffer).await
}
// ANCHOR_END: collect_until_cancelled
