// Mistake: never cancels anything on a failure, so the group waits for the slow job to finish on its own.
// Expect: did not run its work as expected
// ANCHOR: task_group
/// Waits for every job, whatever happens, like `gather(return_exceptions=True)`.
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
            Ok((_, Err(error))) => errors.push(error),
            Err(panicked) => errors.push(panicked.to_string()),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    values.sort_by_key(|&(index, _)| index);
    Ok(values.into_iter().map(|(_, value)| value).collect())
}
// ANCHOR_END: task_group
