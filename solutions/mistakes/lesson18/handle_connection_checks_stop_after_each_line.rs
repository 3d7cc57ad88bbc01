// Mistake: looks at `stop.is_cancelled()` once a line has arrived, so a connection waiting for a line does not notice `stop` until the client sends or hangs up.
// Expect: not when the client hangs up
// ANCHOR: handle_connection
/// Checks the flag between lines.
pub async fn handle_connection(stream: TcpStream, stop: CancellationToken) -> usize {
    let (reader, mut writer) = stream.into_split();
    let mut lines = BufReader::new(reader).lines();
    let mut acknowledged = 0;
    while let Ok(Some(line)) = lines.next_line().await {
        if stop.is_cancelled() {
            break;
        }
        let answer = match line.trim().parse::<u64>() {
            Ok(units) => {
                do_job(units).await;
                acknowledged += 1;
                format!("ok {units}\n")
            }
            Err(_) => format!("error {line}\n"),
        };
        if writer.write_all(answer.as_bytes()).await.is_err() {
            break;
        }
    }
    acknowledged
}
// ANCHOR_END: handle_connection
