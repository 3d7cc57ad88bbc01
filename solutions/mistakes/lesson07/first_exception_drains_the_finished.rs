// Mistake: at the first failure, also takes out of the set every task already finished, so that only running tasks are handed back; a job that ended at the same instant as the failure then comes after it in `done`, where the failure must be last.
// Expect: differs from the reference solution in
// ANCHOR: first_exception
/// Stops at the first `Err`, then empties the set of what has finished.
pub async fn first_exception(
    jobs: Vec<Job>,
) -> (Vec<Result<u32, String>>, JoinSet<Result<u32, String>>) {
    let mut set: JoinSet<_> = jobs.into_iter().map(run_job).collect();
    let mut done = Vec::new();
    while let Some(joined) = set.join_next().await {
        let outcome = joined.unwrap_or_else(|panicked| Err(panicked.to_string()));
        let failed = outcome.is_err();
        done.push(outcome);
        if failed {
            while let Some(finished) = set.try_join_next() {
                done.push(finished.unwrap_or_else(|panicked| Err(panicked.to_string())));
            }
            break;
        }
    }
    (done, set)
}
// ANCHOR_END: first_exception
