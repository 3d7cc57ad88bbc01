// Mistake: counts the ticks of `tokio::time::interval(every)`, whose first tick comes at once, so it reports once too often.
// Expect: returned the wrong value
// ANCHOR: wait_with_progress
/// An interval in place of a sleep: its first tick is immediate.
pub async fn wait_with_progress(job: Job, every: Duration) -> (Result<u32, String>, u32) {
    let mut job = std::pin::pin!(run_job(job));
    let mut ticks = tokio::time::interval(every);
    let mut reports = 0;
    loop {
        tokio::select! {
            biased;
            outcome = &mut job => return (outcome, reports),
            _ = ticks.tick() => reports += 1,
        }
    }
}
// ANCHOR_END: wait_with_progress
