// Mistake: counts the grace period in whole seconds, looking at the connections once a second for `grace.as_secs()` seconds: a fraction of a second of grace is lost, and a connection that ends between two looks is seen late.
// Expect: differs from the reference solution in
// ANCHOR: shut_down
/// One look a second, for as many seconds as the grace has.
pub async fn shut_down(mut connections: JoinSet<usize>, grace: Duration) -> Shutdown {
    let mut report = Shutdown::default();
    for _ in 0..grace.as_secs() {
        while let Some(joined) = connections.try_join_next() {
            count(&mut report, joined);
        }
        if connections.is_empty() {
            return report;
        }
        sleep(Duration::from_secs(1)).await;
    }
    while let Some(joined) = connections.try_join_next() {
        count(&mut report, joined);
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
