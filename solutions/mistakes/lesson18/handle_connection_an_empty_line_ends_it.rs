// Mistake: takes an empty line for the end of the connection, as `if not line: break` does after Python's `readline()`; but there an empty result is the end of the stream, and here an empty line is a line like any other, which is not a number.
// Expect: an empty line is a line that is not a number
// ANCHOR: handle_connection
/// An empty line ends it.
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
        if line.is_empty() {
            break;
        }
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
    acknowledged
}
// ANCHOR_END: handle_connection
