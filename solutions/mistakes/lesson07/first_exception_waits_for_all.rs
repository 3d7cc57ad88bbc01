// Mistake: collects every result before looking for a failure, so it returns when the slowest ends, with an empty set.
// Expect: stop waiting at the first failure
// ANCHOR: first_exception
/// Joins everything, in the order it ends.
pub async fn first_exception(
    jobs: Vec<Job>,
) -> (Vec<Result<u32, String>>, JoinSet<Result<u32, String>>) {
    let mut set: JoinSet<_> = jobs.into_iter().map(run_job).collect();
    let mut done = Vec::new();
    while let Some(joined) = set.join_next().await {
        done.push(joined.unwrap_or_else(|panicked| Err(panicked.to_string())));
    }
    (done, set)
}
// ANCHOR_END: first_exception
