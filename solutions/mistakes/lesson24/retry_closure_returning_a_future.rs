// Mistake: takes `f: F` with `F: Fn() -> Fut, Fut: Future`, the bound written before async closures: the test's async closure lends what it owns to each call's future, which that bound cannot say, so it does not compile.
// Expect: async closure does not implement `Fn` because it captures state from its environment
// ANCHOR: retry
/// Takes a closure that returns a future.
pub async fn retry<T, E, F, Fut>(attempts: u32, backoff: Duration, f: F) -> Result<T, E>
where
    F: Fn() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let mut wait = backoff;
    let mut left = attempts.max(1);
    loop {
        let outcome = f().await;
        left -= 1;
        if outcome.is_ok() || left == 0 {
            return outcome;
        }
        tokio::time::sleep(wait).await;
        wait *= 2;
    }
}
// ANCHOR_END: retry
