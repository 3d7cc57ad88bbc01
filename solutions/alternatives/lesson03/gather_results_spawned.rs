// Alternative: spawns each job as a task and joins the handles; each task's `Result` stays in its place.
// ANCHOR: gather_results
/// One task per job, every outcome kept in job order.
pub async fn gather_results(jobs: Vec<Job>) -> Vec<Result<u32, String>> {
    let handles = jobs.into_iter().map(|job| tokio::spawn(run_job(job)));
    join_all(handles).await.into_iter().map(|outcome| outcome.expect("a job panicked")).collect()
}
// ANCHOR_END: gather_results
