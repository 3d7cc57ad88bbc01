// ANCHOR: tally_job
/// Each page is counted as soon as its own fetch ends, under a lock taken
/// after that fetch's `.await` and let go at the end of the statement.
pub fn tally_job(
    totals: &Arc<Mutex<BTreeMap<String, u64>>>,
    pages: &[String],
) -> impl Future<Output = u64> + Send + 'static {
    let totals = Arc::clone(totals);
    let pages = pages.to_vec();
    async move {
        let fetches = pages.into_iter().map(|page| {
            let totals = Arc::clone(&totals);
            async move {
                let size = fetch_size(&page).await;
                *totals.lock().expect("a job panicked while counting").entry(page).or_insert(0) +=
                    size;
                size
            }
        });
        join_all(fetches).await.into_iter().sum()
    }
}
// ANCHOR_END: tally_job
