// Mistake: gives each connection a new token instead of a clone of `stop`, so the connections are never told to stop and go on with every job they were sent.
// Expect: starts no other
// ANCHOR: serve
/// The connections get a token nobody cancels.
pub async fn serve(
    listener: TcpListener,
    at_most: usize,
    stop: CancellationToken,
) -> JoinSet<usize> {
    let permits = Arc::new(Semaphore::new(at_most));
    let mut connections = JoinSet::new();
    loop {
        let permit = tokio::select! {
            biased;
            () = stop.cancelled() => break,
            permit = Arc::clone(&permits).acquire_owned() => permit.expect("never closed"),
        };
        let stream = tokio::select! {
            biased;
            () = stop.cancelled() => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(_) => continue,
            },
        };
        connections.spawn(async move {
            let acknowledged = handle_connection(stream, CancellationToken::new()).await;
            drop(permit);
            acknowledged
        });
    }
    connections
}
// ANCHOR_END: serve
