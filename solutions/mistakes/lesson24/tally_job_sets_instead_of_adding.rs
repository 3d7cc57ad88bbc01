// Mistake: writes each page's size over its count (`insert`), as `totals[page] = size` would, instead of adding to what was counted before.
// Expect: returned the wrong value
// ANCHOR: tally_job
/// Sets each page's count to its size.
pub fn tally_job(
    totals: &Arc<Mutex<BTreeMap<String, u64>>>,
    pages: &[String],
) -> impl Future<Output = u64> + Send + 'static {
    let totals = Arc::clone(totals);
    let pages = pages.to_vec();
    async move {
        let sizes = join_all(pages.iter().map(|page| fetch_size(page))).await;
        let mut totals = totals.lock().expect("counting");
        for (page, size) in pages.iter().zip(&sizes) {
            totals.insert(page.clone(), *size);
        }
        sizes.iter().sum()
    }
}
// ANCHOR_END: tally_job
