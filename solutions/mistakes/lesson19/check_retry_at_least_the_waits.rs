// Mistake: checks times with a tolerance, as a real-clock test must (`took >= expected`), where the paused clock makes them exact: a policy that waits too long passes.
// Expect: your check accepted a retry policy that makes the right calls at the right instants, but waits once more
// Expect: your check accepted a retry policy whose first wait is already twice `backoff`
// ANCHOR: check_retry
/// Each call at least as late as it should be.
pub async fn check_retry(make: impl Fn(u32, Duration) -> Box<dyn Retry>) -> anyhow::Result<()> {
    let expected = [0, 1, 3, 7].map(Duration::from_secs);
    let flaky = Flaky::failing(10);
    let started = Instant::now();
    let result = make(4, Duration::from_secs(1)).run(&flaky).await;
    let took = started.elapsed();
    ensure!(result.map_err(|error| error.call) == Err(4), "returned {result:?}");
    let calls = flaky.calls();
    ensure!(calls.len() == 4, "made {} calls", calls.len());
    for (call, (at, least)) in calls.iter().zip(expected).enumerate() {
        ensure!(*at >= least, "call {} at {at:?}, before {least:?}", call + 1);
    }
    ensure!(took >= Duration::from_secs(7), "returned after {took:?}");
    let flaky = Flaky::failing(2);
    ensure!(make(4, Duration::from_secs(1)).run(&flaky).await == Ok(3), "no success on call 3");
    Ok(())
}
// ANCHOR_END: check_retry
