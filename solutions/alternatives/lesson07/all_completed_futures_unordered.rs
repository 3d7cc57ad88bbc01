// Alternative: drives the jobs in place with a `FuturesUnordered`, which yields each result as its job ends.
// ANCHOR: all_completed
/// Collecting a `FuturesUnordered` keeps the order in which the jobs end.
pub async fn all_completed(jobs: Vec<Job>) -> Vec<Result<u32, String>> {
    use futures::StreamExt;
    let running: futures::stream::FuturesUnordered<_> = jobs.into_iter().map(run_job).collect();
    running.collect().await
}
// ANCHOR_END: all_completed
