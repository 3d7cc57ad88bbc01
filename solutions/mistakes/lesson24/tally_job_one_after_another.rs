// Mistake: fetches the pages in a `for` loop, one after another: the counts are right, but the job takes the sum of the fetches' times.
// Expect: to return after 4.00s, but it returned after 7.00s
// ANCHOR: tally_job
/// Fetches and counts each page in turn.
pub fn tally_job(
    totals: &Arc<Mutex<BTreeMap<String, u64>>>,
    pages: &[String],
) -> impl Future<Output = u64> + Send + 'static {
    let totals = Arc::clone(totals);
    let pages = pages.to_vec();
    async move {
        let mut sum = 0;
        for page in pages {
            let size = fetch_size(&page).await;
            *totals.lock().expect("counting").entry(page).or_insert(0) += size;
            sum += size;
        }
        sum
    }
}
// ANCHOR_END: tally_job
