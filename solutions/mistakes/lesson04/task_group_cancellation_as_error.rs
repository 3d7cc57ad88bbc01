// Mistake: counts the aborted task's `JoinError` as one more failure, so the cancelled job shows up among the errors.
// Expect: returned the wrong value
// ANCHOR: task_group
/// Turns every `JoinError` into an error message.
pub async fn task_group(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    let mut set = JoinSet::new();
    for (index, job) in jobs.into_iter().enumerate() {
        set.spawn(async move { (index, run_job(job).await) });
    }
    let mut values = Vec::new();
    let mut errors = Vec::new();
    while let Some(joined) = set.join_next().await {
        match joined {
            Ok((index, Ok(value))) => values.push((index, value)),
            Ok((_, Err(error))) => {
                errors.push(error);
                set.abort_all();
            }
            Err(join_error) => errors.push(join_error.to_string()),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    values.sort_by_key(|&(index, _)| index);
    Ok(values.into_iter().map(|(_, value)| value).collect())
}
// ANCHOR_END: task_group
