// Mistake: gives each wait its own time limit, `timeout(grace, join_next())`, so the grace period starts again after every connection that ends.
// Expect: a finished within the 5 units of grace
// ANCHOR: shut_down
/// A grace period per connection.
pub async fn shut_down(mut connections: JoinSet<usize>, grace: Duration) -> Shutdown {
    let mut report = Shutdown::default();
    while let Ok(Some(joined)) = tokio::time::timeout(grace, connections.join_next()).await {
        if let Ok(acknowledged) = joined {
            report.finished += 1;
            report.acknowledged += acknowledged;
        }
    }
    connections.abort_all();
    while let Some(joined) = connections.join_next().await {
        if joined.is_err() {
            report.cut_short += 1;
        }
    }
    report
}
// ANCHOR_END: shut_down
