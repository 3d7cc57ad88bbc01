// Mistake: sends every request in a write of its own and waits for its reply, never two in one write: a handler that takes whatever one read returns as one request passes, though two requests sent together reach it in one read.
// Expect: your check accepted a line handler that takes whatever one read returns as one request
// ANCHOR: check_line_handler
/// Every kind of request, one at a time, each reply at once, then the close.
pub async fn check_line_handler(make: impl Fn() -> Box<dyn LineHandler>) -> anyhow::Result<()> {
    let handler = make();
    let (client, server) = tokio::io::duplex(1024);
    let talk = async move {
        let (reader, mut writer) = tokio::io::split(client);
        let mut replies = BufReader::new(reader).lines();
        let exchanges = [
            ("PING", "PONG"),
            ("ADD 2 40", "42"),
            ("ADD -7 3", "-4"),
            ("HELLO", "ERR"),
            ("ping", "ERR"),
            ("ADD 1 2 3", "ERR"),
            ("", "ERR"),
            ("PING", "PONG"),
        ];
        for (request, expected) in exchanges {
            let asked = Instant::now();
            writer.write_all(format!("{request}\n").as_bytes()).await?;
            let reply = timeout(Duration::from_secs(1), replies.next_line()).await;
            let reply = reply.map_err(|_| anyhow!("no reply to {request:?} within 1s"))??;
            ensure!(reply.as_deref() == Some(expected), "{request:?} got {reply:?}");
            ensure!(asked.elapsed().is_zero(), "the reply to {request:?} came late");
        }
        writer.shutdown().await?;
        anyhow::Ok(())
    };
    let (served, talked) = tokio::join!(timeout(Duration::from_secs(5), handler.serve(server)), talk);
    talked?;
    served.map_err(|_| anyhow!("the handler did not return"))??;
    Ok(())
}
// ANCHOR_END: check_line_handler
