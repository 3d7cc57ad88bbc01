// Mistake: times each reply exactly, but asks only well-formed requests the protocol names (and `HELLO`): a handler that reads commands in any case, answering `PONG` to `ping`, passes, and so do ones that add `ADD 1 2 3` or skip an empty line.
// Expect: your check accepted a line handler that answers `PONG` to `ping`
// ANCHOR: check_line_handler
/// Each request, its reply at the very instant, two at once, and the close.
pub async fn check_line_handler(make: impl Fn() -> Box<dyn LineHandler>) -> anyhow::Result<()> {
    let handler = make();
    let (client, server) = tokio::io::duplex(1024);
    let talk = async move {
        let (reader, mut writer) = tokio::io::split(client);
        let mut replies = BufReader::new(reader).lines();
        let exchanges =
            [("PING", "PONG"), ("ADD 2 40", "42"), ("ADD -7 3", "-4"), ("HELLO", "ERR"), ("PING", "PONG")];
        for (request, expected) in exchanges {
            let asked = Instant::now();
            writer.write_all(format!("{request}\n").as_bytes()).await?;
            let reply = timeout(Duration::from_secs(1), replies.next_line()).await;
            let reply = reply.map_err(|_| anyhow!("no reply to {request:?} within 1s"))??;
            ensure!(reply.as_deref() == Some(expected), "{request:?} got {reply:?}");
            ensure!(asked.elapsed().is_zero(), "the reply to {request:?} came late");
        }
        writer.write_all(b"PING\nADD 1 1\n").await?;
        for expected in ["PONG", "2"] {
            let reply = timeout(Duration::from_secs(1), replies.next_line()).await;
            let reply = reply.map_err(|_| anyhow!("no reply to two requests at once"))??;
            ensure!(reply.as_deref() == Some(expected), "two requests at once: {reply:?}");
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
