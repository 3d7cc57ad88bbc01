// Mistake: a task that sees the token cancelled just stops, without awaiting its roll back.
// Expect: did not run its work as expected
// ANCHOR: task_group_with_tracker
/// Stops cancelled jobs without rolling them back.
pub async fn task_group_with_tracker(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    use std::sync::{Arc, Mutex};

    let tracker = TaskTracker::new();
    let token = CancellationToken::new();
    let slots = Arc::new(Mutex::new(vec![None; jobs.len()]));
    for (index, job) in jobs.into_iter().enumerate() {
        let token = token.clone();
        let slots = Arc::clone(&slots);
        tracker.spawn(async move {
            let Some(outcome) = token.run_until_cancelled(run_job(job)).await else {
                return;
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
