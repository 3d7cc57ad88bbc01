// Mistake: returns the values in the order the jobs finished, as `join_next()` hands them over.
// Expect: returned the wrong value
// ANCHOR: task_group
/// Collects values as they come out of the set.
pub async fn task_group(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    let mut set = JoinSet::new();
    for job in jobs {
        set.spawn(run_job(job));
    }
    let mut values = Vec::new();
    let mut errors = Vec::new();
    while let Some(joined) = set.join_next().await {
        match joined {
            Ok(Ok(value)) => values.push(value),
            Ok(Err(error)) => {
                errors.push(error);
                set.abort_all();
            }
            Err(aborted) if aborted.is_cancelled() => {}
            Err(panicked) => errors.push(panicked.to_string()),
        }
    }
    if errors.is_empty() { Ok(values) } else { Err(errors) }
}
// ANCHOR_END: task_group
