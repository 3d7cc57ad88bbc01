// Mistake: waits for `stop` and the next line in a `select!` without `biased;`: once a job is done, with `stop` cancelled and the next line already there, `select!` picks one of them at random, and half the time starts a job after `stop`.
// Expect: on every one of the 20 connections
// ANCHOR: handle_connection
/// Either branch may win when both are ready.
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
