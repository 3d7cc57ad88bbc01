// Alternative: one `timeout(grace, ...)` around the whole wait for the connections, the report filled in as they end; what is left after it is aborted.
// ANCHOR: shut_down
/// One time limit around the whole wait.
pub async fn shut_down(mut connections: JoinSet<usize>, grace: Duration) -> Shutdown {
    let mut report = Shutdown::default();
    let _elapsed = tokio::time::timeout(grace, async {
        while let Some(joined) = connections.join_next().await {
            count(&mut report, joined);
        }
    })
    .await;
    connections.abort_all();
    while let Some(joined) = connections.join_next().await {
        count(&mut report, joined);
    }
    report
}

/// Adds one connection's end to the report.
fn count(report: &mut Shutdown, joined: Result<usize, JoinError>) {
    match joined {
        Ok(acknowledged) => {
            report.finished += 1;
            report.acknowledged += acknowledged;
        }
        Err(error) if error.is_cancelled() => report.cut_short += 1,
        Err(error) => std::panic::resume_unwind(error.into_panic()),
    }
}
// ANCHOR_END: shut_down
