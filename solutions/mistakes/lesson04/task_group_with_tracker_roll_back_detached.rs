// Mistake: starts the roll back with `tokio::spawn` and does not await it, so the tracker (and the caller) never wait for it.
// Expect: Leak:
// ANCHOR: task_group_with_tracker
/// Fires off each roll back as a task of its own.
pub async fn task_group_with_tracker(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    use std::sync::{Arc, Mutex};

    let tracker = TaskTracker::new();
    let token = CancellationToken::new();
    let slots = Arc::new(Mutex::new(vec![None; jobs.len()]));
    for (index, job) in jobs.into_iter().enumerate() {
        let token = token.clone();
        let slots = Arc::clone(&slots);
        tracker.spawn(async move {
            let outcome = tokio::select! {
                biased;
                outcome = run_job(job) => outcome,
                () = token.cancelled() => {
                    tokio::spawn(roll_back(job.name));
                    return;
                }
            };
            if outcome.is_err() {
                token.cancel();
            }
            slots.lock().expect("no task panics holding the lock")[index] = Some(outcome);
        });
    }
    tracker.close();
    tracker.wait().await;
    let slots = std::mem::take(&mut *slots.lock().expect("no task panics holding the lock"));
    let (values, errors): (Vec<_>, Vec<_>) = slots.into_iter().flatten().partition(Result::is_ok);
    if errors.is_empty() {
        Ok(values.into_iter().flatten().collect())
    } else {
        Err(errors.into_iter().filter_map(Result::err).collect())
    }
}
// ANCHOR_END: task_group_with_tracker
