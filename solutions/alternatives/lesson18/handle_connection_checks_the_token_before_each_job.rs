// Alternative: waits for a line in a `select!` against `stop`, and also checks `stop.is_cancelled()` before starting a job, so an unbiased `select!` may pick either branch.
// ANCHOR: handle_connection
/// A flag check before each job.
pub async fn handle_connection(stream: TcpStream, stop: CancellationToken) -> usize {
    let (reader, mut writer) = stream.into_split();
    let mut lines = BufReader::new(reader).lines();
    let mut acknowledged = 0;
    loop {
        let line = tokio::select! {
            () = stop.cancelled() => break,
            line = lines.next_line() => line,
        };
        let Ok(Some(line)) = line else { break };
        if stop.is_cancelled() {
            break;
        }
        let Ok(units) = line.trim().parse::<u64>() else {
            if writer.write_all(format!("error {line}\n").as_bytes()).await.is_err() {
                break;
            }
            continue;
        };
        do_job(units).await;
        if writer.write_all(format!("ok {units}\n").as_bytes()).await.is_err() {
            break;
        }
        acknowledged += 1;
    }
    acknowledged
}
// ANCHOR_END: handle_connection
