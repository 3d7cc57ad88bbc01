// ANCHOR: collect_until
/// `tokio::time::timeout` around the whole loop, as `asyncio.timeout` would
/// be: it polls the loop first, so the waiting messages are taken even at
/// a limit of zero.
pub async fn collect_until(
    receiver: &mut mpsc::Receiver<&'static str>,
    limit: Duration,
) -> Vec<&'static str> {
    let mut collected = Vec::new();
    let _ = tokio::time::timeout(limit, async {
        while let Some(message) = receiver.recv().await {
            collected.push(message);
        }
    })
    .await;
    collected
}
// ANCHOR_END: collect_until
