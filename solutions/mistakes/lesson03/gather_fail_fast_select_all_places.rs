// Mistake: races the jobs with `select_all` and keeps their places in a list it shrinks with `Vec::remove`, but `select_all` hands back the rest with `swap_remove`, so once four or more jobs run, values land in the wrong places.
// Expect: differs from the reference solution in
// ANCHOR: gather_fail_fast
/// Takes the jobs as they end with `select_all`, stopping at the first error.
pub async fn gather_fail_fast(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    let mut values = vec![0; jobs.len()];
    let mut places: Vec<usize> = (0..jobs.len()).collect();
    let mut running: Vec<_> = jobs.into_iter().map(|job| Box::pin(run_job(job))).collect();
    while !running.is_empty() {
        let (outcome, index, rest) = futures::future::select_all(running).await;
        let place = places.remove(index);
        values[place] = outcome?;
        running = rest;
    }
    Ok(values)
}
// ANCHOR_END: gather_fail_fast
