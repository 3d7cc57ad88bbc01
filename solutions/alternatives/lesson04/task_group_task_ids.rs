// Alternative: tells the results apart by task id (`join_next_with_id`) instead of spawning each job with its index.
// ANCHOR: task_group
/// Remembers which job each task id runs, and puts values back in job order.
pub async fn task_group(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    let mut set = JoinSet::new();
    let mut position = std::collections::HashMap::new();
    for (index, job) in jobs.into_iter().enumerate() {
        position.insert(set.spawn(run_job(job)).id(), index);
    }
    let mut values = Vec::new();
    let mut errors = Vec::new();
    while let Some(joined) = set.join_next_with_id().await {
        match joined {
            Ok((id, Ok(value))) => values.push((position[&id], value)),
            Ok((_, Err(error))) => {
                errors.push(error);
                set.abort_all();
            }
            Err(join_error) if join_error.is_cancelled() => {}
            Err(panicked) => {
                errors.push(panicked.to_string());
                set.abort_all();
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    values.sort_unstable_by_key(|&(index, _)| index);
    Ok(values.into_iter().map(|(_, value)| value).collect())
}
// ANCHOR_END: task_group
