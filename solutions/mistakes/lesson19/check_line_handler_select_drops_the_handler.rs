// Mistake: races the handler against the client with `select!`, so when the client's side is done the handler is simply dropped: nothing checks that it returns once the client closes.
// Expect: your check accepted a line handler that replies correctly but never returns
// ANCHOR: check_line_handler
/// The conversation, with the handler running beside it.
pub async fn check_line_handler(make: impl Fn() -> Box<dyn LineHandler>) -> anyhow::Result<()> {
    let handler = make();
    let (client, server) = tokio::io::duplex(1024);
    let talk = async move {
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
        anyhow::Ok(())
    };
    tokio::select! {
        served = handler.serve(server) => {
            served?;
            anyhow::bail!("the handler returned before the client was done")
        }
        talked = talk => talked,
    }
}
// ANCHOR_END: check_line_handler
