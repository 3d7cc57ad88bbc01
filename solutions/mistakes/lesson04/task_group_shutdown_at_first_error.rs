// Mistake: calls `shutdown()` at the first error, which throws away an error that arrived at the same moment.
// Expect: return every error
// ANCHOR: task_group
/// Shuts the set down at the first error and returns that error.
pub async fn task_group(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    let mut set = JoinSet::new();
    for (index, job) in jobs.into_iter().enumerate() {
        set.spawn(async move { (index, run_job(job).await) });
    }
    let mut values = Vec::new();
    while let Some(joined) = set.join_next().await {
        match joined {
            Ok((index, Ok(value))) => values.push((index, value)),
            Ok((_, Err(error))) => {
                set.shutdown().await;
                return Err(vec![error]);
            }
            Err(error) => return Err(vec![error.to_string()]),
        }
    }
    values.sort_by_key(|&(index, _)| index);
    Ok(values.into_iter().map(|(_, value)| value).collect())
}
// ANCHOR_END: task_group
