// Mistake: reports every 2 units, the story's period, instead of every `every`.
// Expect: differs from the reference solution in
// ANCHOR: wait_with_progress
/// The period of the story, whatever `every` says.
pub async fn wait_with_progress(job: Job, every: Duration) -> (Result<u32, String>, u32) {
    let _ = every;
    let mut job = std::pin::pin!(run_job(job));
    let mut reports = 0;
    loop {
        tokio::select! {
            biased;
            outcome = &mut job => return (outcome, reports),
            () = tokio::time::sleep(Duration::from_secs(2)) => reports += 1,
        }
    }
}
// ANCHOR_END: wait_with_progress
