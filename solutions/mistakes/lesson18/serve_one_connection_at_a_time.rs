// Mistake: serves each connection inside the accept loop, with `.await`, instead of in a task of its own: one client at a time.
// Expect: all three at once
// ANCHOR: serve
/// One client after another.
pub async fn serve(
    listener: TcpListener,
    at_most: usize,
    stop: CancellationToken,
) -> JoinSet<usize> {
    let mut served = JoinSet::new();
    loop {
        let stream = tokio::select! {
            biased;
            () = stop.cancelled() => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(_) => continue,
            },
        };
        let acknowledged = handle_connection(stream, stop.clone()).await;
        served.spawn(async move { acknowledged });
    }
    served
}
// ANCHOR_END: serve
