// Mistake: clones the `Arc` but moves the borrowed `pages` slice itself into the job: the job then borrows the caller's pages and is not `'static`, so it does not compile.
// Expect: lifetime may not live long enough
// Expect: must outlive `'static`
// ANCHOR: tally_job
/// Owns the counts, and uses the pages it was given.
pub fn tally_job(
    totals: &Arc<Mutex<BTreeMap<String, u64>>>,
    pages: &[String],
) -> impl Future<Output = u64> + Send + 'static {
    let totals = Arc::clone(totals);
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
