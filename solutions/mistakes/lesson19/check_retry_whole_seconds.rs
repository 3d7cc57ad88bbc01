// Mistake: compares the instants of the calls in whole seconds (`as_secs()`), as one would print them: a policy whose waits are a millisecond long, 1.001s, 2.002s, 4.004s, reads as 1, 3 and 7 and passes.
// Expect: your check accepted a retry policy whose first wait is 1ms long
// ANCHOR: check_retry
/// The instants of the calls, and of the return, second by second.
pub async fn check_retry(make: impl Fn(u32, Duration) -> Box<dyn Retry>) -> anyhow::Result<()> {
    for (failures, expected, instants) in
        [(0, Ok(1), &[0][..]), (2, Ok(3), &[0, 1, 3]), (9, Err(4), &[0, 1, 3, 7])]
    {
        let flaky = Flaky::failing(failures);
        let started = Instant::now();
        let result = make(4, Duration::from_secs(1)).run(&flaky).await.map_err(|e| e.call);
        let took = started.elapsed().as_secs();
        ensure!(result == expected, "with {failures} failures: {result:?}, not {expected:?}");
        let calls: Vec<u64> = flaky.calls().iter().map(Duration::as_secs).collect();
        ensure!(calls == instants, "with {failures} failures: calls at {calls:?}s");
        ensure!(Some(&took) == instants.last(), "returned at {took}s, not at the last call");
    }
    Ok(())
}
// ANCHOR_END: check_retry
