// Mistake: replaces a failure with `unwrap_or_default()`, the type's default (0), instead of the `fallback` it was given.
// Expect: returned the wrong value (each job's value in job order, with the fallback given (99)
// ANCHOR: gather_with_fallback
/// Each failed job counts as the default value.
pub async fn gather_with_fallback(jobs: Vec<Job>, fallback: u32) -> Vec<u32> {
    let _ = fallback;
    join_all(jobs.into_iter().map(|job| async move { run_job(job).await.unwrap_or_default() }))
        .await
}
// ANCHOR_END: gather_with_fallback
