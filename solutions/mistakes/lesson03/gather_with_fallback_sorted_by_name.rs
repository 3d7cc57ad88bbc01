// Mistake: collects each job's name and value as they finish, then sorts them by name to put them back in order: right only while the jobs are given in alphabetical order.
// Expect: differs from the reference solution in
// ANCHOR: gather_with_fallback
/// Runs every job at once with its fallback; values sorted by job name.
pub async fn gather_with_fallback(jobs: Vec<Job>, fallback: u32) -> Vec<u32> {
    use futures::StreamExt;
    let running: futures::stream::FuturesUnordered<_> = jobs
        .into_iter()
        .map(|job| async move { (job.name, run_job(job).await.unwrap_or(fallback)) })
        .collect();
    let mut values: Vec<_> = running.collect().await;
    values.sort_by_key(|&(name, _)| name);
    values.into_iter().map(|(_, value)| value).collect()
}
// ANCHOR_END: gather_with_fallback
