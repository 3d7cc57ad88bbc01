// Mistake: its own expectation counts retries, not calls: it expects `attempts` retries after the first call, five calls for four attempts, and so rejects the correct policy.
// Expect: your check rejected the correct retry policy
// ANCHOR: check_retry
/// A first call, then up to `attempts` retries.
pub async fn check_retry(make: impl Fn(u32, Duration) -> Box<dyn Retry>) -> anyhow::Result<()> {
    let flaky = Flaky::failing(10);
    let result = make(4, Duration::from_secs(1)).run(&flaky).await;
    ensure!(result.map_err(|error| error.call) == Err(5), "returned {result:?}, not call 5's error");
    let calls = flaky.calls();
    let expected = [0, 1, 3, 7, 15].map(Duration::from_secs);
    ensure!(calls == expected, "called at {calls:?}, not at {expected:?}");
    Ok(())
}
// ANCHOR_END: check_retry
