// Mistake: counts a reply within its 1s timeout as at once, and asks only what the protocol names, one request per write: a handler that replies a millisecond late passes, and so do ones that misread `ping`, an empty line or two requests in one write.
// Expect: your check accepted a line handler that replies 1ms after each request
// ANCHOR: check_line_handler
/// Each request, then its reply within a second, then the close.
pub async fn check_line_handler(make: impl Fn() -> Box<dyn LineHandler>) -> anyhow::Result<()> {
    let handler = make();
    let (client, server) = tokio::io::duplex(1024);
    let talk = async move {
        let (reader, mut writer) = tokio::io::split(client);
        let mut replies = BufReader::new(reader).lines();
        let exchanges =
            [("PING", "PONG"), ("ADD 2 40", "42"), ("ADD -7 3", "-4"), ("HELLO", "ERR"), ("PING", "PONG")];
        for (request, expected) in exchanges {
            writer.write_all(format!("{request}\n").as_bytes()).await?;
            let reply = timeout(Duration::from_secs(1), replies.next_line()).await;
            let reply = reply.map_err(|_| anyhow!("no reply to {request:?} within 1s"))??;
            ensure!(reply.as_deref() == Some(expected), "{request:?} got {reply:?}");
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
