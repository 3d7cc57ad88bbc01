// Mistake: waits for each connection with `timeout` of 100 ms and looks at the clock only when such a wait runs out, instead of waiting until one deadline: the grace ends at the first look after it, late, and a connection that ends in between counts as finished.
// Expect: differs from the reference solution in
// ANCHOR: shut_down
/// Looks at the clock ten times a unit, between connections.
pub async fn shut_down(mut connections: JoinSet<usize>, grace: Duration) -> Shutdown {
    let start = Instant::now();
    let mut report = Shutdown::default();
    loop {
        match tokio::time::timeout(Duration::from_millis(100), connections.join_next()).await {
            Ok(Some(joined)) => count(&mut report, joined),
            Ok(None) => return report,
            Err(_) if start.elapsed() >= grace => break,
            Err(_) => {}
        }
    }
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
        Err(_) => report.cut_short += 1,
    }
}
// ANCHOR_END: shut_down
