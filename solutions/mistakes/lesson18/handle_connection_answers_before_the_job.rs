// Mistake: answers `ok N` as soon as the line is read and then does the job, so that the client hears sooner: the client holds an acknowledgement for a job that is not done, and would be lost if the job were cut short.
// Expect: must reach the client once its job is done
// ANCHOR: handle_connection
/// Acknowledges first, works after.
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
        match line.trim().parse::<u64>() {
            Ok(units) => {
                if writer.write_all(format!("ok {units}\n").as_bytes()).await.is_err() {
                    break;
                }
                acknowledged += 1;
                do_job(units).await;
            }
            Err(_) => {
                if writer.write_all(format!("error {line}\n").as_bytes()).await.is_err() {
                    break;
                }
            }
        }
    }
    acknowledged
}
// ANCHOR_END: handle_connection
