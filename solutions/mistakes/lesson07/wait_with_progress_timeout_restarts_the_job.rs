// Mistake: loops on `timeout(every, run_job(job))`, which, like `asyncio.wait_for`, cancels the job when time is up, so each round starts it again.
// Expect: Hung
// ANCHOR: wait_with_progress
/// A timeout around a new job each round.
pub async fn wait_with_progress(job: Job, every: Duration) -> (Result<u32, String>, u32) {
    let mut reports = 0;
    loop {
        match tokio::time::timeout(every, run_job(job)).await {
            Ok(outcome) => return (outcome, reports),
            Err(_elapsed) => reports += 1,
        }
    }
}
// ANCHOR_END: wait_with_progress
