// Mistake: runs the jobs one after another, each with its fallback.
// Expect: but they ran one at a time
// ANCHOR: gather_with_fallback
/// Runs each job in turn, with the fallback for a failure.
pub async fn gather_with_fallback(jobs: Vec<Job>, fallback: u32) -> Vec<u32> {
    let mut values = Vec::new();
    for job in jobs {
        values.push(run_job(job).await.unwrap_or(fallback));
    }
    values
}
// ANCHOR_END: gather_with_fallback
