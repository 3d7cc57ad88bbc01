// Mistake: runs the jobs one after another with `?`, which stops at the first error but never ran them at the same time.
// Expect: did not run its work as expected
// ANCHOR: gather_fail_fast
/// Runs each job in turn, stopping at the first error.
pub async fn gather_fail_fast(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    let mut values = Vec::new();
    for job in jobs {
        values.push(run_job(job).await?);
    }
    Ok(values)
}
// ANCHOR_END: gather_fail_fast
