// Mistake: spawns the work as soon as the job is made, as `asyncio.create_task` starts it, and returns a job that only awaits the task: the pages are fetched before the job is spawned.
// Expect: did not run its work as expected
// ANCHOR: tally_job
/// Starts the work at once and waits for it in the job.
pub fn tally_job(
    totals: &Arc<Mutex<BTreeMap<String, u64>>>,
    pages: &[String],
) -> impl Future<Output = u64> + Send + 'static {
    let totals = Arc::clone(totals);
    let pages = pages.to_vec();
    let work = tokio::spawn(async move {
        let sizes = join_all(pages.iter().map(|page| fetch_size(page))).await;
        let mut totals = totals.lock().expect("counting");
        for (page, size) in pages.iter().zip(&sizes) {
            *totals.entry(page.clone()).or_insert(0) += size;
        }
        sizes.iter().sum()
    });
    async move { work.await.expect("the tally panicked") }
}
// ANCHOR_END: tally_job
