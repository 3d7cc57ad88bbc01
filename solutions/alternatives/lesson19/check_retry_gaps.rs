// Alternative: checks the gaps between consecutive calls (1s, 2s, 4s) rather than the instants of the calls, and the instant of the return with `tokio::time::Instant`.
// ANCHOR: check_retry
/// The waits between calls double, and the error comes back at once.
pub async fn check_retry(make: impl Fn(u32, Duration) -> Box<dyn Retry>) -> anyhow::Result<()> {
    let secs = Duration::from_secs;
    for (failures, expected) in [(0, Ok(1)), (2, Ok(3)), (9, Err(4))] {
        let flaky = Flaky::failing(failures);
        let started = Instant::now();
        let result = make(4, secs(1)).run(&flaky).await.map_err(|error| error.call);
        let took = started.elapsed();
        ensure!(result == expected, "with {failures} failures: {result:?}, not {expected:?}");
        let calls = flaky.calls();
        let gaps: Vec<Duration> = calls.windows(2).map(|pair| pair[1] - pair[0]).collect();
        let expected_gaps = &[secs(1), secs(2), secs(4)][..calls.len().saturating_sub(1)];
        ensure!(calls.first() == Some(&secs(0)), "first call at {:?}", calls.first());
        ensure!(gaps == expected_gaps, "with {failures} failures: waits of {gaps:?}");
        let (Ok(count) | Err(count)) = expected;
        ensure!(calls.len() == count as usize, "with {failures} failures: {} calls", calls.len());
        ensure!(Some(&took) == calls.last(), "returned {took:?} after the start, not at the last call");
    }
    Ok(())
}
// ANCHOR_END: check_retry
