// Mistake: looks at the tasks once a unit until one has finished, as `while not any(t.done() for t in tasks): await asyncio.sleep(1)`, so the first result is taken up to a unit late.
// Expect: differs from the reference solution in
// ANCHOR: first_completed
/// A check every unit.
pub async fn first_completed(
    jobs: Vec<Job>,
) -> (Result<u32, String>, Vec<JoinHandle<Result<u32, String>>>) {
    let mut handles: Vec<_> = jobs.into_iter().map(|job| tokio::spawn(run_job(job))).collect();
    loop {
        if let Some(place) = handles.iter().position(|handle| handle.is_finished()) {
            let first = handles.remove(place).await;
            let first = first.unwrap_or_else(|panicked| Err(panicked.to_string()));
            return (first, handles);
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
// ANCHOR_END: first_completed
