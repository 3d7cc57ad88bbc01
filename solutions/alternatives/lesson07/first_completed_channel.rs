// Alternative: each task sends its place on a channel as its job ends; the first message says which handle is done, and the others are handed back.
// ANCHOR: first_completed
/// The channel hears from whichever job ends first.
pub async fn first_completed(
    jobs: Vec<Job>,
) -> (Result<u32, String>, Vec<JoinHandle<Result<u32, String>>>) {
    let (done_tx, mut done_rx) = tokio::sync::mpsc::unbounded_channel();
    let mut handles: Vec<_> = jobs
        .into_iter()
        .enumerate()
        .map(|(place, job)| {
            let done_tx = done_tx.clone();
            tokio::spawn(async move {
                let outcome = run_job(job).await;
                let _ = done_tx.send(place);
                outcome
            })
        })
        .collect();
    let place = done_rx.recv().await.expect("jobs is never empty");
    let first = handles.remove(place).await;
    (first.unwrap_or_else(|panicked| Err(panicked.to_string())), handles)
}
// ANCHOR_END: first_completed
