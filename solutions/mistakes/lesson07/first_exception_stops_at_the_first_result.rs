// Mistake: stops at the first job to end, failed or not, as `FIRST_COMPLETED` would.
// Expect: done holds B's value, then C's failure
// ANCHOR: first_exception
/// Takes one result and returns.
pub async fn first_exception(
    jobs: Vec<Job>,
) -> (Vec<Result<u32, String>>, JoinSet<Result<u32, String>>) {
    let mut set: JoinSet<_> = jobs.into_iter().map(run_job).collect();
    let mut done = Vec::new();
    if let Some(joined) = set.join_next().await {
        done.push(joined.unwrap_or_else(|panicked| Err(panicked.to_string())));
    }
    (done, set)
}
// ANCHOR_END: first_exception
