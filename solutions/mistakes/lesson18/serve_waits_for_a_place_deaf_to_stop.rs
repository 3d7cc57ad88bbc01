// Mistake: races only the accept against `stop`; waiting for a free place is not, so with every place taken `serve` hears `stop` only once a connection ends.
// Expect: not once a place is free
// ANCHOR: serve
/// Deaf to stop while the places are taken.
pub async fn serve(
    listener: TcpListener,
    at_most: usize,
    stop: CancellationToken,
) -> JoinSet<usize> {
    let permits = Arc::new(Semaphore::new(at_most));
    let mut connections = JoinSet::new();
    loop {
        let permit = Arc::clone(&permits).acquire_owned().await.expect("never closed");
        let stream = tokio::select! {
            biased;
            () = stop.cancelled() => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(_) => continue,
            },
        };
        let stop = stop.clone();
        connections.spawn(async move {
            let acknowledged = handle_connection(stream, stop).await;
            drop(permit);
            acknowledged
        });
    }
    connections
}
// ANCHOR_END: serve
