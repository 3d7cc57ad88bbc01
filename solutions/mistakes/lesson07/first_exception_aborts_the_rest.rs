// Mistake: stops at the first failure but aborts the tasks still running before handing back the set.
// Expect: do not abort the tasks you hand back
// ANCHOR: first_exception
/// Stops at the first `Err` and cancels the rest.
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
            set.abort_all();
            break;
        }
    }
    (done, set)
}
// ANCHOR_END: first_exception
