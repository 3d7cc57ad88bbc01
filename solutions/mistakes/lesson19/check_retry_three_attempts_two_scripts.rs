// Mistake: runs `make(3, 1s)` only, on an operation that fails twice and one that never succeeds: with three calls the waits are 1s and 2s, which a policy whose waits grow by `backoff` each time (1s, 2s, 3s) waits too, so a linear policy passes.
// Expect: your check accepted a retry policy whose waits grow linearly
// ANCHOR: check_retry
/// Two scripts for three attempts: success on the last call, and failure.
pub async fn check_retry(make: impl Fn(u32, Duration) -> Box<dyn Retry>) -> anyhow::Result<()> {
    let secs = Duration::from_secs;
    let scripts = [(2, Ok(3)), (5, Err(3))];
    for (failures, expected) in scripts {
        let flaky = Flaky::failing(failures);
        let started = Instant::now();
        let result = make(3, secs(1)).run(&flaky).await.map_err(|error| error.call);
        let took = started.elapsed();
        ensure!(result == expected, "with {failures} failures: {result:?}, not {expected:?}");
        let calls = flaky.calls();
        ensure!(calls == [secs(0), secs(1), secs(3)], "called at {calls:?}, not 0s, 1s, 3s");
        ensure!(took == secs(3), "returned after {took:?}, not at the last call");
    }
    Ok(())
}
// ANCHOR_END: check_retry
