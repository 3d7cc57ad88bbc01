// Mistake: keeps the outcomes in a map keyed by job name and reads them back in job order, so two jobs with one name both get the outcome of the last.
// Expect: differs from the reference solution in
// ANCHOR: gather_results
/// Runs every job at once; looks each job's outcome up by its name.
pub async fn gather_results(jobs: Vec<Job>) -> Vec<Result<u32, String>> {
    let names: Vec<&str> = jobs.iter().map(|job| job.name).collect();
    let outcomes: std::collections::HashMap<&str, Result<u32, String>> =
        join_all(jobs.into_iter().map(|job| async move { (job.name, run_job(job).await) }))
            .await
            .into_iter()
            .collect();
    names.iter().map(|name| outcomes[name].clone()).collect()
}
// ANCHOR_END: gather_results
