// Mistake: counts every connection joined after the abort as finished, with `unwrap_or(0)` jobs, instead of telling an aborted one (`is_cancelled`) from one that ended.
// Expect: they are cut short
// ANCHOR: shut_down
/// Every join counts as finished.
pub async fn shut_down(mut connections: JoinSet<usize>, grace: Duration) -> Shutdown {
    let deadline = Instant::now() + grace;
    let mut report = Shutdown::default();
    while let Ok(joined) = timeout_at(deadline, connections.join_next()).await {
        match joined {
            Some(joined) => {
                report.finished += 1;
                report.acknowledged += joined.unwrap_or(0);
            }
            None => return report,
        }
    }
    connections.abort_all();
    while let Some(joined) = connections.join_next().await {
        report.finished += 1;
        report.acknowledged += joined.unwrap_or(0);
    }
    report
}
// ANCHOR_END: shut_down
