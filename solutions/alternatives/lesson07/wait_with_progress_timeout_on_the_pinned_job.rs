// Alternative: loops on `tokio::time::timeout(every, &mut job)` over a job pinned once; the timeout polls the job before its timer, so a tie goes to the job.
// ANCHOR: wait_with_progress
/// A timeout that gives up waiting, not the job.
pub async fn wait_with_progress(job: Job, every: Duration) -> (Result<u32, String>, u32) {
    let mut job = std::pin::pin!(run_job(job));
    let mut reports = 0;
    loop {
        match tokio::time::timeout(every, &mut job).await {
            Ok(outcome) => return (outcome, reports),
            Err(_elapsed) => reports += 1,
        }
    }
}
// ANCHOR_END: wait_with_progress
