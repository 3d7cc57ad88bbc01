// Mistake: checks the token only between items, so it waits for the item in progress before it stops.
// Expect: without waiting for item 3
// ANCHOR: collect_until_cancelled
/// Looks at the token before each item, like `while not stop.is_set():`.
pub async fn collect_until_cancelled(token: CancellationToken) -> usize {
    let mut buffer = Vec::new();
    let mut n = 1;
    while !token.is_cancelled() {
        buffer.push(next_item(n).await);
        n += 1;
    }
    flush(buffer).await
}
// ANCHOR_END: collect_until_cancelled
