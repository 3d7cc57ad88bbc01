// Mistake: runs the jobs through a stream with `buffer_unordered(4)`, which keeps the order they end in but runs at most four at a time, so a fifth job waits for a place.
// Expect: differs from the reference solution in
// ANCHOR: all_completed
/// A handful at a time, each result as it comes.
pub async fn all_completed(jobs: Vec<Job>) -> Vec<Result<u32, String>> {
    use futures::StreamExt;
    futures::stream::iter(jobs).map(run_job).buffer_unordered(4).collect().await
}
// ANCHOR_END: all_completed
