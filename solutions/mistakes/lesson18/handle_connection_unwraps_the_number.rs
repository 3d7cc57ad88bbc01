// Mistake: trusts the client and unwraps the number, so a line that is not one panics the connection, like an uncaught `int(line)` ValueError.
// Expect: panicked
// ANCHOR: handle_connection
/// Every line is a number, it assumes.
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
        let units: u64 = line.trim().parse().unwrap();
        do_job(units).await;
        if writer.write_all(format!("ok {units}\n").as_bytes()).await.is_err() {
            break;
        }
        acknowledged += 1;
    }
    acknowledged
}
// ANCHOR_END: handle_connection
