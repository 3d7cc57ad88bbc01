// Mistake: also expects a reply to a last request the client sends without a newline before it closes; `LineHandler` leaves an unfinished line open, so a correct handler that answers only whole lines is rejected.
// Expect: your check rejected a correct line handler that ignores an unfinished last line
// ANCHOR: check_line_handler
/// The reference's conversation, ended by a request with no newline.
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
        ];
        for (request, expected) in exchanges {
            let asked = Instant::now();
            writer.write_all(format!("{request}\n").as_bytes()).await?;
            let reply = timeout(Duration::from_secs(1), replies.next_line()).await;
            let reply = reply.map_err(|_| anyhow!("no reply to {request:?} within 1s"))??;
            ensure!(reply.as_deref() == Some(expected), "{request:?} got {reply:?}");
            ensure!(asked.elapsed().is_zero(), "the reply to {request:?} came late");
        }
        writer.write_all(b"ADD 1 1\nPING\n").await?;
        for expected in ["2", "PONG"] {
            let reply = timeout(Duration::from_secs(1), replies.next_line()).await;
            let reply = reply.map_err(|_| anyhow!("no reply to two requests at once"))??;
            ensure!(reply.as_deref() == Some(expected), "two requests at once: {reply:?}");
        }
        // The last request, and the close, with no newline in between.
        writer.write_all(b"PING").await?;
        writer.shutdown().await?;
        let reply = timeout(Duration::from_secs(1), replies.next_line()).await;
        let reply = reply.map_err(|_| anyhow!("no reply to a last request"))??;
        ensure!(reply.as_deref() == Some("PONG"), "a last PING got {reply:?}");
        anyhow::Ok(())
    };
    let (served, talked) = tokio::join!(timeout(Duration::from_secs(5), handler.serve(server)), talk);
    talked?;
    served.map_err(|_| anyhow!("the handler did not return"))??;
    Ok(())
}
// ANCHOR_END: check_line_handler
