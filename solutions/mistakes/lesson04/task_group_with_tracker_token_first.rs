// Mistake: puts `token.cancelled()` first in a `biased` select, so a job that failed at the same moment as the first one rolls back and its error is lost.
// Expect: return every error
// ANCHOR: task_group_with_tracker
/// Checks the token before the job's own result.
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
                () = token.cancelled() => {
                    roll_back(job.name).await;
                    return;
                }
                outcome = run_job(job) => outcome,
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
