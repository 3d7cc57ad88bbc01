// Alternative: `abort_all()`, then drains the set with `join_next()` until it is empty, instead of `shutdown()`.
// ANCHOR: first_to_finish
/// Aborts the rest, then waits for each of them to come back cancelled.
pub async fn first_to_finish(jobs: Vec<Job>) -> Result<u32, String> {
    let mut set = JoinSet::new();
    for job in jobs {
        set.spawn(run_job(job));
    }
    let first = set.join_next().await.expect("there was at least one job");
    set.abort_all();
    while set.join_next().await.is_some() {}
    first.map_err(|panicked| panicked.to_string())?
}
// ANCHOR_END: first_to_finish
