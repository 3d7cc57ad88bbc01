// Mistake: gathers the values as they finish, then sorts them, which is not the order of the jobs.
// Expect: returned the wrong value
// ANCHOR: task_group
/// Collects values as they come out of the set, then sorts them.
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
    values.sort_unstable();
    if errors.is_empty() { Ok(values) } else { Err(errors) }
}
// ANCHOR_END: task_group
