// Alternative: one `run_until_cancelled` around the whole collecting loop, which borrows the buffer and is dropped at the cancel.
// ANCHOR: collect_until_cancelled
/// The loop never ends by itself; the token ends it, and the buffer it
/// filled is still there afterwards.
pub async fn collect_until_cancelled(token: CancellationToken) -> usize {
    let mut buffer = Vec::new();
    let collecting = async {
        for n in 1.. {
            buffer.push(next_item(n).await);
        }
    };
    token.run_until_cancelled(collecting).await;
    flush(buffer).await
}
// ANCHOR_END: collect_until_cancelled
