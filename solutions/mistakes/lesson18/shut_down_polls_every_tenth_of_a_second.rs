// Mistake: polls with `try_join_next` every 100 ms until all are done or the grace is over, like a loop around `asyncio.sleep(0.1)`: a connection that ends between two polls is seen late, and the grace ends at the first poll after it.
// Expect: differs from the reference solution in
// ANCHOR: shut_down
/// Looks at the connections ten times a unit.
pub async fn shut_down(mut connections: JoinSet<usize>, grace: Duration) -> Shutdown {
    let start = Instant::now();
    let mut report = Shutdown::default();
    loop {
        while let Some(joined) = connections.try_join_next() {
            count(&mut report, joined);
        }
        if connections.is_empty() {
            return report;
        }
        if start.elapsed() >= grace {
            break;
        }
        sleep(Duration::from_millis(100)).await;
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
