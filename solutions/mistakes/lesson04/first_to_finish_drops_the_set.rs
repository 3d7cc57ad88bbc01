// Mistake: returns right after the first result, dropping the set: its tasks are aborted but nobody waits for them to stop.
// Expect: Leak:
// ANCHOR: first_to_finish
/// Takes the first result and lets the set go.
pub async fn first_to_finish(jobs: Vec<Job>) -> Result<u32, String> {
    let mut set = JoinSet::new();
    for job in jobs {
        set.spawn(run_job(job));
    }
    let first = set.join_next().await.expect("there was at least one job");
    first.map_err(|panicked| panicked.to_string())?
}
// ANCHOR_END: first_to_finish
