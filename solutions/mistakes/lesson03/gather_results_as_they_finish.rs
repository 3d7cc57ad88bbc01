// Mistake: collects the outcomes as the jobs finish (`FuturesUnordered`), so B's failure comes first instead of in B's place.
// Expect: returned the wrong value (every job's outcome in job order
// ANCHOR: gather_results
/// Runs every job at once; outcomes as they arrive.
pub async fn gather_results(jobs: Vec<Job>) -> Vec<Result<u32, String>> {
    use futures::StreamExt;
    jobs.into_iter().map(run_job).collect::<futures::stream::FuturesUnordered<_>>().collect().await
}
// ANCHOR_END: gather_results
