// Mistake: waits for a permit, but binds it to `_`, which drops it at once: the limit is never held while a connection is served.
// Expect: how many jobs ran at once with at_most 2
// ANCHOR: serve
/// Takes a permit and lets it go.
pub async fn serve(
    listener: TcpListener,
    at_most: usize,
    stop: CancellationToken,
) -> JoinSet<usize> {
    let permits = Arc::new(Semaphore::new(at_most));
    let mut connections = JoinSet::new();
    loop {
        let _ = tokio::select! {
            biased;
            () = stop.cancelled() => break,
            permit = permits.acquire() => permit.expect("never closed"),
        };
        let stream = tokio::select! {
            biased;
            () = stop.cancelled() => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(_) => continue,
            },
        };
        connections.spawn(handle_connection(stream, stop.clone()));
    }
    connections
}
// ANCHOR_END: serve
