// Mistake: keeps the outcomes in a map keyed by job name and reads them back in job order, so of two jobs with one name, both get the outcome of the one that ended last.
// Expect: differs from the reference solution in
// ANCHOR: task_group_with_tracker
/// Each task files its outcome under its job's name.
pub async fn task_group_with_tracker(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex};

    let names: Vec<&str> = jobs.iter().map(|job| job.name).collect();
    let tracker = TaskTracker::new();
    let token = CancellationToken::new();
    let outcomes = Arc::new(Mutex::new(HashMap::new()));
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
            outcomes.lock().expect("no task panics holding the lock").insert(job.name, outcome);
        });
    }
    tracker.close();
    tracker.wait().await;
    let outcomes = std::mem::take(&mut *outcomes.lock().expect("no task panics holding the lock"));
    let mut values = Vec::new();
    let mut errors = Vec::new();
    for name in names {
        match outcomes.get(name) {
            Some(Ok(value)) => values.push(*value),
            Some(Err(error)) => errors.push(error.clone()),
            None => {}
        }
    }
    if errors.is_empty() { Ok(values) } else { Err(errors) }
}
// ANCHOR_END: task_group_with_tracker
