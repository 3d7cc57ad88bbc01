// Mistake: copies the pages but uses the borrowed `&Arc` inside the job instead of a clone of it: the job borrows the caller's `Arc` and is not `'static`, so it does not compile.
// Expect: lifetime may not live long enough
// Expect: must outlive `'static`
// ANCHOR: tally_job
/// Owns the pages, and uses the counts it was lent.
pub fn tally_job(
    totals: &Arc<Mutex<BTreeMap<String, u64>>>,
    pages: &[String],
) -> impl Future<Output = u64> + Send + 'static {
    let pages = pages.to_vec();
    async move {
        let sizes = join_all(pages.iter().map(|page| fetch_size(page))).await;
        let mut counts = totals.lock().expect("counting");
        for (page, size) in pages.iter().zip(&sizes) {
            *counts.entry(page.clone()).or_insert(0) += size;
        }
        sizes.iter().sum()
    }
}
// ANCHOR_END: tally_job
