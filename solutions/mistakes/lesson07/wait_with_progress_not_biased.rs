// Mistake: a `select!` without `biased;`, so when the job ends just as a report falls due, it picks one of the two at random.
// Expect: `select!` without `biased;`
// ANCHOR: wait_with_progress
/// Pinned once, but the tie between the job and the timer is left to chance.
pub async fn wait_with_progress(job: Job, every: Duration) -> (Result<u32, String>, u32) {
    let mut job = std::pin::pin!(run_job(job));
    let mut reports = 0;
    loop {
        tokio::select! {
            outcome = &mut job => return (outcome, reports),
            () = tokio::time::sleep(every) => reports += 1,
        }
    }
}
// ANCHOR_END: wait_with_progress
