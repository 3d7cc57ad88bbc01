// Mistake: adds the sizes up in an `Rc<RefCell<u64>>` shared by the fetches, as a Python closure would share a variable: an `Rc` is not `Send`, so the job does not compile.
// Expect: future cannot be sent between threads safely
// Expect: is not implemented for `Rc<RefCell<u64>>`
// ANCHOR: tally_job
/// Shares the running sum through an `Rc`.
pub fn tally_job(
    totals: &Arc<Mutex<BTreeMap<String, u64>>>,
    pages: &[String],
) -> impl Future<Output = u64> + Send + 'static {
    use std::cell::RefCell;
    use std::rc::Rc;
    let totals = Arc::clone(totals);
    let pages = pages.to_vec();
    async move {
        let sum = Rc::new(RefCell::new(0));
        let fetches = pages.iter().map(|page| {
            let sum = Rc::clone(&sum);
            let totals = Arc::clone(&totals);
            async move {
                let size = fetch_size(page).await;
                *sum.borrow_mut() += size;
                *totals.lock().expect("counting").entry(page.clone()).or_insert(0) += size;
            }
        });
        join_all(fetches).await;
        let total = *sum.borrow();
        total
    }
}
// ANCHOR_END: tally_job
