// Mistake: each task hands back its job's name with the value, and the value goes to the place of the first job with that name, so of two jobs with one name, one place gets both values in turn and the other keeps 0.
// Expect: differs from the reference solution in
// ANCHOR: task_group
/// Puts each value back at the place of its job's name.
pub async fn task_group(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    let names: Vec<&str> = jobs.iter().map(|job| job.name).collect();
    let mut set = JoinSet::new();
    for job in jobs {
        set.spawn(async move { (job.name, run_job(job).await) });
    }
    let mut values = vec![0; names.len()];
    let mut errors = Vec::new();
    while let Some(joined) = set.join_next().await {
        match joined {
            Ok((name, Ok(value))) => {
                let place = names.iter().position(|known| *known == name).expect("a job's name");
                values[place] = value;
            }
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
    if errors.is_empty() { Ok(values) } else { Err(errors) }
}
// ANCHOR_END: task_group
