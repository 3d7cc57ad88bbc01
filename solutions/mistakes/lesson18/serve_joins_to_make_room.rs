// Mistake: holds the limit by joining a finished connection (`join_next`) whenever `at_most` are in the `JoinSet`: the limit holds, but the tasks joined that way are gone from the set it returns, and their acknowledged jobs with them.
// Expect: the jobs the connection tasks acknowledged
// ANCHOR: serve
/// The `JoinSet` itself is the count of connections.
pub async fn serve(
    listener: TcpListener,
    at_most: usize,
    stop: CancellationToken,
) -> JoinSet<usize> {
    let mut connections = JoinSet::new();
    loop {
        if connections.len() >= at_most {
            tokio::select! {
                biased;
                () = stop.cancelled() => break,
                _ = connections.join_next() => continue,
            }
        }
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
