// Mistake: sends every request and closes before reading a reply, as a test of a batch would: a handler that replies only once the client has closed passes.
// Expect: your check accepted a line handler that reads every request until the client closes
// ANCHOR: check_line_handler
/// All the requests, then all the replies.
pub async fn check_line_handler(make: impl Fn() -> Box<dyn LineHandler>) -> anyhow::Result<()> {
    let handler = make();
    let (client, server) = tokio::io::duplex(1024);
    let talk = async move {
        let (reader, mut writer) = tokio::io::split(client);
        writer.write_all(b"PING\nADD 2 40\nADD -7 3\nHELLO\n").await?;
        writer.shutdown().await?;
        let mut replies = BufReader::new(reader).lines();
        for expected in ["PONG", "42", "-4", "ERR"] {
            let reply = timeout(Duration::from_secs(1), replies.next_line()).await;
            let reply = reply.map_err(|_| anyhow!("no reply within 1s"))??;
            ensure!(reply.as_deref() == Some(expected), "got {reply:?}, not {expected:?}");
        }
        anyhow::Ok(())
    };
    let (served, talked) = tokio::join!(timeout(Duration::from_secs(5), handler.serve(server)), talk);
    talked?;
    served.map_err(|_| anyhow!("the handler did not return"))??;
    Ok(())
}
// ANCHOR_END: check_line_handler
