// Mistake: sleeps for the whole grace period and only then looks at the connections, so a shutdown always takes the full grace, even when every connection ended long before.
// Expect: to return after 6.00s, but it returned after 10.00s
// ANCHOR: shut_down
/// Always waits the full grace.
pub async fn shut_down(mut connections: JoinSet<usize>, grace: Duration) -> Shutdown {
    let mut report = Shutdown::default();
    sleep(grace).await;
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
