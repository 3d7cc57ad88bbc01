// Mistake: no limit on the connections at all: every client is served at once, however many there are.
// Expect: how many jobs ran at once with at_most 2
// ANCHOR: serve
/// Serves everyone at once.
pub async fn serve(
    listener: TcpListener,
    at_most: usize,
    stop: CancellationToken,
) -> JoinSet<usize> {
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
        connections.spawn(handle_connection(stream, stop.clone()));
    }
    connections
}
// ANCHOR_END: serve
