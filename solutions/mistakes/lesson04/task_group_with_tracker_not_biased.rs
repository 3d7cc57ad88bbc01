// Mistake: a `select!` without `biased;`: when a job ends in the same instant as the token fires, `select!` picks a branch at random, so half the time a job that failed then rolls back and its error is lost.
// Expect: return every error, in any order
// Expect: differs from the reference solution in
// ANCHOR: task_group_with_tracker
/// Races each job against the token, with no order between the two.
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
                outcome = run_job(job) => outcome,
                () = token.cancelled() => {
                    roll_back(job.name).await;
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
    let mut values = Vec::new();
    let mut errors = Vec::new();
    for outcome in slots.into_iter().flatten() {
        match outcome {
            Ok(value) => values.push(value),
            Err(error) => errors.push(error),
        }
    }
    if errors.is_empty() { Ok(values) } else { Err(errors) }
}
// ANCHOR_END: task_group_with_tracker
