// Mistake: an accept loop that never looks at `stop`: it accepts forever, and shutting down never begins.
// Expect: serve must return once stop is cancelled
// ANCHOR: serve
/// Accepts forever.
pub async fn serve(
    listener: TcpListener,
    at_most: usize,
    stop: CancellationToken,
) -> JoinSet<usize> {
    let permits = Arc::new(Semaphore::new(at_most));
    let mut connections = JoinSet::new();
    loop {
        let permit = Arc::clone(&permits).acquire_owned().await.expect("never closed");
        let Ok((stream, _)) = listener.accept().await else { continue };
        let stop = stop.clone();
        connections.spawn(async move {
            let acknowledged = handle_connection(stream, stop).await;
            drop(permit);
            acknowledged
        });
    }
}
// ANCHOR_END: serve
