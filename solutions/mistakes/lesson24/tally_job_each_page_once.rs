// Mistake: fetches each distinct page once (a set of the pages), so a page listed twice is fetched and counted once.
// Expect: returned the wrong value
// ANCHOR: tally_job
/// Fetches every distinct page.
pub fn tally_job(
    totals: &Arc<Mutex<BTreeMap<String, u64>>>,
    pages: &[String],
) -> impl Future<Output = u64> + Send + 'static {
    let totals = Arc::clone(totals);
    let pages: std::collections::BTreeSet<String> = pages.iter().cloned().collect();
    async move {
        let sizes = join_all(pages.iter().map(|page| fetch_size(page))).await;
        let mut totals = totals.lock().expect("counting");
        for (page, size) in pages.iter().zip(&sizes) {
            *totals.entry(page.clone()).or_insert(0) += size;
        }
        sizes.iter().sum()
    }
}
// ANCHOR_END: tally_job
