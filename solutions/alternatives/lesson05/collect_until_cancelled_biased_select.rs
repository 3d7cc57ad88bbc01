// Alternative: a `biased` `select!` between `token.cancelled()` and the next item, instead of `run_until_cancelled`.
// ANCHOR: collect_until_cancelled
/// Each wait for an item races the token; the item loses if both are ready.
pub async fn collect_until_cancelled(token: CancellationToken) -> usize {
    let mut buffer = Vec::new();
    for n in 1.. {
        tokio::select! {
            biased;
            () = token.cancelled() => break,
            item = next_item(n) => buffer.push(item),
        }
    }
    flush(buffer).await
}
// ANCHOR_END: collect_until_cancelled
