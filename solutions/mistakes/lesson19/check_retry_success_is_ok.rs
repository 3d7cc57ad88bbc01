// Mistake: checks an operation that succeeds only by `result.is_ok()`, not by which call's value came back and when the calls were: a policy that goes on calling after a success, and returns the last call's result, passes.
// Expect: your check accepted a retry policy that goes on calling after a success
// ANCHOR: check_retry
/// The failing operation in detail; a succeeding one must succeed.
pub async fn check_retry(make: impl Fn(u32, Duration) -> Box<dyn Retry>) -> anyhow::Result<()> {
    let secs = Duration::from_secs;
    let flaky = Flaky::failing(10);
    let started = Instant::now();
    let result = make(4, secs(1)).run(&flaky).await;
    let took = started.elapsed();
    ensure!(result.map_err(|error| error.call) == Err(4), "returned {result:?}, not call 4's error");
    let calls = flaky.calls();
    ensure!(calls == [secs(0), secs(1), secs(3), secs(7)], "called at {calls:?}");
    ensure!(took == secs(7), "returned after {took:?}");
    for failures in [0, 2] {
        let result = make(4, secs(1)).run(&Flaky::failing(failures)).await;
        ensure!(result.is_ok(), "with {failures} failures, returned {result:?}");
    }
    Ok(())
}
// ANCHOR_END: check_retry
