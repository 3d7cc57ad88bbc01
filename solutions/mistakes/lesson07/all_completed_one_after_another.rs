// Mistake: awaits each job in turn in a loop, so nothing runs at the same time.
// Expect: did not run its work as expected
// ANCHOR: all_completed
/// Runs the jobs one after another.
pub async fn all_completed(jobs: Vec<Job>) -> Vec<Result<u32, String>> {
    let mut done = Vec::new();
    for job in jobs {
        done.push(run_job(job).await);
    }
    done
}
// ANCHOR_END: all_completed
