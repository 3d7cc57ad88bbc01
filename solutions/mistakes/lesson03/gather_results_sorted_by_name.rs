// Mistake: collects each job's name and outcome as they finish, then sorts them by name to put them back in order: right only while the jobs are given in alphabetical order.
// Expect: differs from the reference solution in
// ANCHOR: gather_results
/// Runs every job at once; outcomes sorted by job name.
pub async fn gather_results(jobs: Vec<Job>) -> Vec<Result<u32, String>> {
    use futures::StreamExt;
    let running: futures::stream::FuturesUnordered<_> =
        jobs.into_iter().map(|job| async move { (job.name, run_job(job).await) }).collect();
    let mut outcomes: Vec<_> = running.collect().await;
    outcomes.sort_by_key(|&(name, _)| name);
    outcomes.into_iter().map(|(_, outcome)| outcome).collect()
}
// ANCHOR_END: gather_results
