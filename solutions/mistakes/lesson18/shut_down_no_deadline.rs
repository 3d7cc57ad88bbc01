// Mistake: waits for every connection with no deadline, like `await asyncio.gather(*tasks)`: one stuck connection and the shutdown never ends.
// Expect: Hung
// ANCHOR: shut_down
/// Waits for all, however long.
pub async fn shut_down(mut connections: JoinSet<usize>, grace: Duration) -> Shutdown {
    let mut report = Shutdown::default();
    while let Some(joined) = connections.join_next().await {
        if let Ok(acknowledged) = joined {
            report.finished += 1;
            report.acknowledged += acknowledged;
        }
    }
    report
}
// ANCHOR_END: shut_down
