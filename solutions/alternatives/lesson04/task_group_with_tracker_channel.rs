// Alternative: the tasks send `(index, outcome)` over an mpsc channel instead of filling slots behind a mutex.
// ANCHOR: task_group_with_tracker
/// Each task reports on a channel; the receiver sees the end once every
/// sender (one per task) is gone.
pub async fn task_group_with_tracker(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    let tracker = TaskTracker::new();
    let token = CancellationToken::new();
    let (report, mut reports) = tokio::sync::mpsc::unbounded_channel();
    for (index, job) in jobs.into_iter().enumerate() {
        let token = token.clone();
        let report = report.clone();
        tracker.spawn(async move {
            tokio::select! {
                biased;
                outcome = run_job(job) => {
                    if outcome.is_err() {
                        token.cancel();
                    }
                    let _ = report.send((index, outcome));
                }
                () = token.cancelled() => roll_back(job.name).await,
            }
        });
    }
    drop(report);
    tracker.close();
    tracker.wait().await;
    let mut outcomes = Vec::new();
    while let Some(outcome) = reports.recv().await {
        outcomes.push(outcome);
    }
    outcomes.sort_unstable_by_key(|&(index, _)| index);
    let mut values = Vec::new();
    let mut errors = Vec::new();
    for (_, outcome) in outcomes {
        match outcome {
            Ok(value) => values.push(value),
            Err(error) => errors.push(error),
        }
    }
    if errors.is_empty() { Ok(values) } else { Err(errors) }
}
// ANCHOR_END: task_group_with_tracker
