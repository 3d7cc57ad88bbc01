// Mistake: spawns the job, as the asyncio version does, and races its handle against the timer; the handle is ready only once the runtime has run the task, after the timer, so a report that falls due as the job ends is counted.
// Expect: differs from the reference solution in
// ANCHOR: wait_with_progress
/// A task and a timer, the handle first.
pub async fn wait_with_progress(job: Job, every: Duration) -> (Result<u32, String>, u32) {
    let mut task = tokio::spawn(run_job(job));
    let mut reports = 0;
    loop {
        tokio::select! {
            biased;
            joined = &mut task => return (joined.expect("a job does not panic"), reports),
            () = tokio::time::sleep(every) => reports += 1,
        }
    }
}
// ANCHOR_END: wait_with_progress
