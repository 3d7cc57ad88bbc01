// Mistake: runs the jobs as groups of four, one group after the other, so a fifth job starts only when the first four are done.
// Expect: differs from the reference solution in
// ANCHOR: task_group
/// One `JoinSet` per four jobs, each emptied before the next is filled.
pub async fn task_group(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    let mut values = Vec::new();
    for batch in jobs.chunks(4) {
        let mut set = JoinSet::new();
        for (index, &job) in batch.iter().enumerate() {
            set.spawn(async move { (index, run_job(job).await) });
        }
        let mut batch_values = Vec::new();
        let mut errors = Vec::new();
        while let Some(joined) = set.join_next().await {
            match joined {
                Ok((index, Ok(value))) => batch_values.push((index, value)),
                Ok((_, Err(error))) => {
                    errors.push(error);
                    set.abort_all();
                }
                Err(aborted) if aborted.is_cancelled() => {}
                Err(panicked) => {
                    errors.push(panicked.to_string());
                    set.abort_all();
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        batch_values.sort_by_key(|&(index, _)| index);
        values.extend(batch_values.into_iter().map(|(_, value)| value));
    }
    Ok(values)
}
// ANCHOR_END: task_group
