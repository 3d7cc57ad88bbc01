// Mistake: `tokio::select!` without `biased;` picks at random among the branches that are ready, so a tie goes to either argument.
// Expect: for 24 ties, which argument won
// ANCHOR: race2
/// A plain `select!`.
pub async fn race2<T>(a: impl Future<Output = T>, b: impl Future<Output = T>) -> T {
    tokio::select! {
        output = a => output,
        output = b => output,
    }
}
// ANCHOR_END: race2
