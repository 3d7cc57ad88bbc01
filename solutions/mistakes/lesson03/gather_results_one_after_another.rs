// Mistake: runs the jobs one after another in a loop, keeping each outcome.
// Expect: but they ran one at a time
// ANCHOR: gather_results
/// Runs each job in turn.
pub async fn gather_results(jobs: Vec<Job>) -> Vec<Result<u32, String>> {
    let mut outcomes = Vec::new();
    for job in jobs {
        outcomes.push(run_job(job).await);
    }
    outcomes
}
// ANCHOR_END: gather_results
