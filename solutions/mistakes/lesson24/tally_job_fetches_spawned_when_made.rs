// Mistake: spawns a task per fetch inside `tally_job` itself and returns a job that only awaits them, so the fetches start when the job is made, not when it runs.
// Expect: did not run its work as expected
// ANCHOR: tally_job
/// Spawns every fetch at once, and waits for them in the job.
pub fn tally_job(
    totals: &Arc<Mutex<BTreeMap<String, u64>>>,
    pages: &[String],
) -> impl Future<Output = u64> + Send + 'static {
    // Each fetch in a task of its own, owning its page and a clone of the Arc.
    let fetches: Vec<_> = pages
        .iter()
        .map(|page| {
            let totals = Arc::clone(totals);
            let page = page.clone();
            tokio::spawn(async move {
                let size = fetch_size(&page).await;
                *totals.lock().expect("no fetch panicked").entry(page).or_insert(0) += size;
                size
            })
        })
        .collect();
    // The job waits for every fetch and adds up the sizes.
    async move {
        let mut sum = 0;
        for fetch in fetches {
            sum += fetch.await.expect("no fetch panicked");
        }
        sum
    }
}
// ANCHOR_END: tally_job
