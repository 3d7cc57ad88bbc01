// Mistake: one task per stream forwards its items into a channel of one with `try_send`, which drops an item when the channel is full instead of waiting: of two items ready at one instant, one is lost.
// Expect: differs from the reference solution in what it returned
// ANCHOR: merged
/// Each stream pushes into one channel, never waiting.
pub async fn merged(
    left: BoxStream<'static, &'static str>,
    right: BoxStream<'static, &'static str>,
) -> Vec<&'static str> {
    let (sender, mut receiver) = mpsc::channel(1);
    let forward = |mut items: BoxStream<'static, &'static str>, sender: mpsc::Sender<_>| {
        tokio::spawn(async move {
            while let Some(item) = items.next().await {
                let _ = sender.try_send(item);
            }
        })
    };
    let forwarders = [forward(left, sender.clone()), forward(right, sender)];
    let mut items = Vec::new();
    while let Some(item) = receiver.recv().await {
        items.push(item);
    }
    for forwarder in forwarders {
        forwarder.await.expect("a forwarder does not panic");
    }
    items
}
// ANCHOR_END: merged
