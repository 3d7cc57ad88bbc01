// Mistake: measures how long the policy took with `std::time::Instant`, the wall clock, which the paused clock does not move: the correct policy seems to take no time at all, and the check rejects it.
// Expect: your check rejected the correct retry policy
// ANCHOR: check_retry
/// Four failed calls take 1 + 2 + 4 seconds of waiting.
pub async fn check_retry(make: impl Fn(u32, Duration) -> Box<dyn Retry>) -> anyhow::Result<()> {
    let flaky = Flaky::failing(10);
    let started = std::time::Instant::now();
    let result = make(4, Duration::from_secs(1)).run(&flaky).await;
    let took = started.elapsed();
    ensure!(result.map_err(|error| error.call) == Err(4), "returned {result:?}");
    ensure!(took.as_secs() == 7, "took {took:?}, not 7s");
    Ok(())
}
// ANCHOR_END: check_retry
