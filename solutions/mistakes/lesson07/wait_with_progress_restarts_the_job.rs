// Mistake: writes `run_job(job)` inside `select!`, so every round that the timer wins drops the job and the next round starts it again.
// Expect: Hung
// ANCHOR: wait_with_progress
/// A new job future each round.
pub async fn wait_with_progress(job: Job, every: Duration) -> (Result<u32, String>, u32) {
    let mut reports = 0;
    loop {
        tokio::select! {
            biased;
            outcome = run_job(job) => return (outcome, reports),
            () = tokio::time::sleep(every) => reports += 1,
        }
    }
}
// ANCHOR_END: wait_with_progress
