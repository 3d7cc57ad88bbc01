// Mistake: tests only an operation that fails once: the result and the one wait, so nothing says whether the waits double or how many calls are made.
// Expect: your check accepted a retry policy that waits `backoff` every time
// Expect: your check accepted a retry policy that makes `attempts + 1` calls
// ANCHOR: check_retry
/// One failure, then success after one `backoff`.
pub async fn check_retry(make: impl Fn(u32, Duration) -> Box<dyn Retry>) -> anyhow::Result<()> {
    let flaky = Flaky::failing(1);
    let result = make(4, Duration::from_secs(1)).run(&flaky).await;
    ensure!(result == Ok(2), "returned {result:?}");
    let calls = flaky.calls();
    ensure!(calls == [Duration::ZERO, Duration::from_secs(1)], "called at {calls:?}");
    Ok(())
}
// ANCHOR_END: check_retry
