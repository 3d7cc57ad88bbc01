// Mistake: runs the jobs one after another in the function itself, as a loop of awaits would in Python.
// Expect: in a spawned task of its own
// ANCHOR: task_group
/// Awaits each job in turn and stops at the first error.
pub async fn task_group(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    let mut values = Vec::new();
    for job in jobs {
        values.push(run_job(job).await.map_err(|error| vec![error])?);
    }
    Ok(values)
}
// ANCHOR_END: task_group
