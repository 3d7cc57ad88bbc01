// Mistake: each task pushes its outcome onto one shared list, so the values come back in the order the jobs finished.
// Expect: returned the wrong value
// ANCHOR: task_group_with_tracker
/// Collects outcomes in one shared `Vec` as they arrive.
pub async fn task_group_with_tracker(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    use std::sync::{Arc, Mutex};

    let tracker = TaskTracker::new();
    let token = CancellationToken::new();
    let outcomes = Arc::new(Mutex::new(Vec::new()));
    for job in jobs {
        let token = token.clone();
        let outcomes = Arc::clone(&outcomes);
        tracker.spawn(async move {
            let outcome = tokio::select! {
                biased;
                outcome = run_job(job) => outcome,
                () = token.cancelled() => {
                    roll_back(job.name).await;
                    return;
                }
            };
            if outcome.is_err() {
                token.cancel();
            }
            outcomes.lock().expect("no task panics holding the lock").push(outcome);
        });
    }
    tracker.close();
    tracker.wait().await;
    let outcomes = std::mem::take(&mut *outcomes.lock().expect("no task panics holding the lock"));
    let (values, errors): (Vec<_>, Vec<_>) = outcomes.into_iter().partition(Result::is_ok);
    if errors.is_empty() {
        Ok(values.into_iter().flatten().collect())
    } else {
        Err(errors.into_iter().filter_map(Result::err).collect())
    }
}
// ANCHOR_END: task_group_with_tracker
