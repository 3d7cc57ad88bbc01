// Mistake: returns only the failure, as an `except` would, and forgets the results that came before it.
// Expect: done holds B's value, then C's failure
// ANCHOR: first_exception
/// Skips the successes and keeps the first failure.
pub async fn first_exception(
    jobs: Vec<Job>,
) -> (Vec<Result<u32, String>>, JoinSet<Result<u32, String>>) {
    let mut set: JoinSet<_> = jobs.into_iter().map(run_job).collect();
    let mut done = Vec::new();
    while let Some(joined) = set.join_next().await {
        let outcome = joined.unwrap_or_else(|panicked| Err(panicked.to_string()));
        if outcome.is_err() {
            done = vec![outcome];
            break;
        }
        done.push(outcome);
    }
    (done, set)
}
// ANCHOR_END: first_exception
