// Mistake: counts every line answered, errors too, as an acknowledged job.
// Expect: only jobs count
// ANCHOR: handle_connection
/// Counts the answers.
pub async fn handle_connection(stream: TcpStream, stop: CancellationToken) -> usize {
    let (reader, mut writer) = stream.into_split();
    let mut lines = BufReader::new(reader).lines();
    let mut answered = 0;
    loop {
        let line = tokio::select! {
            biased;
            () = stop.cancelled() => break,
            line = lines.next_line() => line,
        };
        let Ok(Some(line)) = line else { break };
        let answer = match line.trim().parse::<u64>() {
            Ok(units) => {
                do_job(units).await;
                format!("ok {units}\n")
            }
            Err(_) => format!("error {line}\n"),
        };
        if writer.write_all(answer.as_bytes()).await.is_err() {
            break;
        }
        answered += 1;
    }
    answered
}
// ANCHOR_END: handle_connection
