// Mistake: unwraps the write of each answer, as if the client were always there: a client that hung up makes the write fail, and the connection's task panics.
// Expect: Panicked
// ANCHOR: handle_connection
/// The client is taken to be listening, always.
pub async fn handle_connection(stream: TcpStream, stop: CancellationToken) -> usize {
    let (reader, mut writer) = stream.into_split();
    let mut lines = BufReader::new(reader).lines();
    let mut acknowledged = 0;
    loop {
        let line = tokio::select! {
            biased;
            () = stop.cancelled() => break,
            line = lines.next_line() => line,
        };
        let Ok(Some(line)) = line else { break };
        let (answer, job) = match line.trim().parse::<u64>() {
            Ok(units) => {
                do_job(units).await;
                (format!("ok {units}\n"), 1)
            }
            Err(_) => (format!("error {line}\n"), 0),
        };
        writer.write_all(answer.as_bytes()).await.expect("the client reads its answers");
        acknowledged += job;
    }
    acknowledged
}
// ANCHOR_END: handle_connection
