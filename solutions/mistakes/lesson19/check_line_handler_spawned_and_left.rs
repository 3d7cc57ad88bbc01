// Mistake: spawns the handler in a task of its own, as `asyncio.create_task` would, and returns early with `?` when the handler does not end in time, leaving the task running.
// Expect: Leak:
// ANCHOR: check_line_handler
/// The handler in a task, the conversation here, and the task awaited.
pub async fn check_line_handler(make: impl Fn() -> Box<dyn LineHandler>) -> anyhow::Result<()> {
    let handler = make();
    let (client, server) = tokio::io::duplex(1024);
    let serving = tokio::spawn(async move { handler.serve(server).await });
    let (reader, mut writer) = tokio::io::split(client);
    let mut replies = BufReader::new(reader).lines();
    let exchanges = [("PING", "PONG"), ("ADD 2 40", "42"), ("ADD -7 3", "-4"), ("HELLO", "ERR")];
    for (request, expected) in exchanges {
        writer.write_all(format!("{request}\n").as_bytes()).await?;
        let reply = timeout(Duration::from_secs(1), replies.next_line()).await;
        let reply = reply.map_err(|_| anyhow!("no reply to {request:?} within 1s"))??;
        ensure!(reply.as_deref() == Some(expected), "{request:?} got {reply:?}");
    }
    writer.shutdown().await?;
    let served = timeout(Duration::from_secs(5), serving).await;
    served.map_err(|_| anyhow!("the handler did not return"))???;
    Ok(())
}
// ANCHOR_END: check_line_handler
