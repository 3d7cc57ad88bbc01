// Mistake: races `stop` against the permit and the accept in `select!`s without `biased;`: when `stop` is cancelled while a client is waiting, `select!` picks at random, and may accept one more connection after `stop`.
// Expect: accepted no connection after stop
// ANCHOR: serve
/// Either branch may win when both are ready.
pub async fn serve(
    listener: TcpListener,
    at_most: usize,
    stop: CancellationToken,
) -> JoinSet<usize> {
    let permits = Arc::new(Semaphore::new(at_most));
    let mut connections = JoinSet::new();
    loop {
        let permit = tokio::select! {
            () = stop.cancelled() => break,
            permit = Arc::clone(&permits).acquire_owned() => permit.expect("never closed"),
        };
        let stream = tokio::select! {
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
