// Mistake: waits for every task and returns the one that ended first, with no handle left running.
// Expect: return as soon as B ends
// ANCHOR: first_completed
/// Joins every task, then returns the first result that came in.
pub async fn first_completed(
    jobs: Vec<Job>,
) -> (Result<u32, String>, Vec<JoinHandle<Result<u32, String>>>) {
    let set: JoinSet<_> = jobs.into_iter().map(run_job).collect();
    let mut done = set.join_all().await;
    (done.remove(0), Vec::new())
}
// ANCHOR_END: first_completed
