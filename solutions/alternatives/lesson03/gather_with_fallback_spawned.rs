// Alternative: spawns each job with its fallback handled inside the task, then joins the handles.
// ANCHOR: gather_with_fallback
/// One task per job, each turning its own failure into the fallback.
pub async fn gather_with_fallback(jobs: Vec<Job>, fallback: u32) -> Vec<u32> {
    let handles = jobs
        .into_iter()
        .map(|job| tokio::spawn(async move { run_job(job).await.unwrap_or(fallback) }));
    join_all(handles).await.into_iter().map(|value| value.expect("a job panicked")).collect()
}
// ANCHOR_END: gather_with_fallback
