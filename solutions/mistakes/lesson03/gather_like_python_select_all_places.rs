// Mistake: races the handles with `select_all` and keeps their places in a list it shrinks with `Vec::remove`, but `select_all` hands back the rest with `swap_remove`, so once four or more jobs run, values land in the wrong places.
// Expect: differs from the reference solution in
// ANCHOR: gather_like_python
/// Spawns every job, then takes the handles as they end with `select_all`.
pub async fn gather_like_python(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    let mut values = vec![0; jobs.len()];
    let mut places: Vec<usize> = (0..jobs.len()).collect();
    let mut handles: Vec<_> = jobs.into_iter().map(|job| tokio::spawn(run_job(job))).collect();
    while !handles.is_empty() {
        let (outcome, index, rest) = futures::future::select_all(handles).await;
        let place = places.remove(index);
        values[place] = outcome.map_err(|error| error.to_string())??;
        handles = rest;
    }
    Ok(values)
}
// ANCHOR_END: gather_like_python
