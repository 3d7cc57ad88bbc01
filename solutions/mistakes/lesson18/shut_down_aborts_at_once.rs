// Mistake: aborts every connection at once, with no grace period: jobs under way are cut short and never acknowledged.
// Expect: both connections finished within the grace period
// ANCHOR: shut_down
/// No grace at all.
pub async fn shut_down(mut connections: JoinSet<usize>, grace: Duration) -> Shutdown {
    let mut report = Shutdown::default();
    connections.abort_all();
    while let Some(joined) = connections.join_next().await {
        match joined {
            Ok(acknowledged) => {
                report.finished += 1;
                report.acknowledged += acknowledged;
            }
            Err(_) => report.cut_short += 1,
        }
    }
    report
}
// ANCHOR_END: shut_down
