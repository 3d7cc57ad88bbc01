// Mistake: also requires one call when the policy is made for 0 attempts, as the given policy happens to make; `Retry` does not say what 0 attempts does, so a correct policy that makes no call then is rejected.
// Expect: your check rejected a correct retry policy that makes no call for 0 attempts
// ANCHOR: check_retry
/// The reference's three stories, and 0 attempts counting as 1.
pub async fn check_retry(make: impl Fn(u32, Duration) -> Box<dyn Retry>) -> anyhow::Result<()> {
    let secs = Duration::from_secs;
    for (failures, expected, instants) in
        [(0, Ok(1), &[0][..]), (2, Ok(3), &[0, 1, 3]), (9, Err(4), &[0, 1, 3, 7])]
    {
        let flaky = Flaky::failing(failures);
        let started = Instant::now();
        let result = make(4, secs(1)).run(&flaky).await.map_err(|e| e.call);
        let took = started.elapsed();
        let instants: Vec<Duration> = instants.iter().copied().map(secs).collect();
        ensure!(result == expected, "with {failures} failures: {result:?}, not {expected:?}");
        ensure!(flaky.calls() == instants, "with {failures} failures: {:?}", flaky.calls());
        ensure!(Some(&took) == instants.last(), "returned after {took:?}");
    }
    let flaky = Flaky::failing(1);
    let result = make(0, secs(1)).run(&flaky).await.map_err(|error| error.call);
    ensure!(result == Err(1), "0 attempts: {result:?}, not call 1's error");
    Ok(())
}
// ANCHOR_END: check_retry
