// Mistake: locks `totals` once at the start of the job and keeps the guard while the pages are fetched, as `async with lock:` around the work would: a `std::sync::MutexGuard` alive at an `.await` is not `Send`, so the job does not compile.
// Expect: future cannot be sent between threads safely
// Expect: std::sync::MutexGuard<'_, BTreeMap<String, u64>>
// Expect: await occurs here, with `mut counts` maybe used later
// ANCHOR: tally_job
/// Holds the lock for the whole job.
pub fn tally_job(
    totals: &Arc<Mutex<BTreeMap<String, u64>>>,
    pages: &[String],
) -> impl Future<Output = u64> + Send + 'static {
    let totals = Arc::clone(totals);
    let pages = pages.to_vec();
    async move {
        let mut counts = totals.lock().expect("counting");
        let sizes = join_all(pages.iter().map(|page| fetch_size(page))).await;
        for (page, size) in pages.iter().zip(&sizes) {
            *counts.entry(page.clone()).or_insert(0) += size;
        }
        sizes.iter().sum()
    }
}
// ANCHOR_END: tally_job
