// Alternative: accepts every connection at once and makes its task wait for a permit before serving it; the limit is on the connections served, as the exercise asks.
// ANCHOR: serve
/// Each connection task waits for its place.
pub async fn serve(
    listener: TcpListener,
    at_most: usize,
    stop: CancellationToken,
) -> JoinSet<usize> {
    let permits = Arc::new(Semaphore::new(at_most));
    let mut connections = JoinSet::new();
    loop {
        let stream = tokio::select! {
            biased;
            () = stop.cancelled() => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(_) => continue,
            },
        };
        let (permits, stop) = (Arc::clone(&permits), stop.clone());
        connections.spawn(async move {
            let Ok(_permit) = permits.acquire().await else { return 0 };
            handle_connection(stream, stop).await
        });
    }
    connections
}
// ANCHOR_END: serve
