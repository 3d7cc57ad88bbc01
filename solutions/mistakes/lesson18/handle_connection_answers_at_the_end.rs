// Mistake: writes the answers into a `BufWriter`, as one would for speed, and flushes it only when the connection ends: every answer reaches the client at the end, not once its job is done.
// Expect: must reach the client once its job is done
// ANCHOR: handle_connection
/// Buffered answers, flushed once.
pub async fn handle_connection(stream: TcpStream, stop: CancellationToken) -> usize {
    let (reader, writer) = stream.into_split();
    let mut writer = tokio::io::BufWriter::new(writer);
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
        if writer.write_all(answer.as_bytes()).await.is_err() {
            break;
        }
        acknowledged += job;
    }
    let _ = writer.flush().await;
    acknowledged
}
// ANCHOR_END: handle_connection
