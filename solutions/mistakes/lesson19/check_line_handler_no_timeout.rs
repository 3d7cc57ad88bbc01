// Mistake: sets no time limit anywhere, as a test that trusts `await reader.readline()` would: a handler that never sends its reply, or never returns, leaves the check waiting for ever.
// Expect: Hung:
// ANCHOR: check_line_handler
/// Each request, then its reply, and the handler's end, however long they take.
pub async fn check_line_handler(make: impl Fn() -> Box<dyn LineHandler>) -> anyhow::Result<()> {
    let handler = make();
    let (client, server) = tokio::io::duplex(1024);
    let talk = async move {
        let (reader, mut writer) = tokio::io::split(client);
        let mut replies = BufReader::new(reader).lines();
        for (request, expected) in [("PING", "PONG"), ("ADD -7 3", "-4"), ("HELLO", "ERR")] {
            writer.write_all(format!("{request}\n").as_bytes()).await?;
            let reply = replies.next_line().await?;
            ensure!(reply.as_deref() == Some(expected), "{request:?} got {reply:?}");
        }
        writer.shutdown().await?;
        anyhow::Ok(())
    };
    let (served, talked) = tokio::join!(handler.serve(server), talk);
    talked?;
    served?;
    Ok(())
}
// ANCHOR_END: check_line_handler
