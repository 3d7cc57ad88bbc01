// Mistake: calls `abort_all()` and returns, as if aborting were stopping: the aborted tasks are still there.
// Expect: Leak:
// ANCHOR: first_to_finish
/// Aborts the other jobs, but does not wait for them.
pub async fn first_to_finish(jobs: Vec<Job>) -> Result<u32, String> {
    let mut set = JoinSet::new();
    for job in jobs {
        set.spawn(run_job(job));
    }
    let first = set.join_next().await.expect("there was at least one job");
    set.abort_all();
    first.map_err(|panicked| panicked.to_string())?
}
// ANCHOR_END: first_to_finish
