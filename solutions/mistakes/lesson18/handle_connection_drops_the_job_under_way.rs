// Mistake: races the whole of each job against `stop`, so a job under way is dropped midway and never acknowledged, as `task.cancel()` would.
// Expect: so it is finished and
// ANCHOR: handle_connection
/// Stops at once, job or no job.
pub async fn handle_connection(stream: TcpStream, stop: CancellationToken) -> usize {
    let (reader, mut writer) = stream.into_split();
    let mut lines = BufReader::new(reader).lines();
    let mut acknowledged = 0;
    let serving = async {
        while let Ok(Some(line)) = lines.next_line().await {
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
    };
    tokio::select! {
        () = stop.cancelled() => {}
        () = serving => {}
    }
    acknowledged
}
// ANCHOR_END: handle_connection
