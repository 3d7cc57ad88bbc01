// Alternative: `tokio::select!` with `biased;` polls its branches in order, so the first argument wins a tie.
// ANCHOR: race2
/// The macro, in order.
pub async fn race2<T>(a: impl Future<Output = T>, b: impl Future<Output = T>) -> T {
    tokio::select! {
        biased;
        output = a => output,
        output = b => output,
    }
}
// ANCHOR_END: race2
