// Mistake: spawns a producer task that fetches the pages and sends the items into a channel, and streams the receiver: the task runs ahead of the consumer, and is still fetching when the consumer has stopped.
// Expect: Leak: 1 spawned task
// ANCHOR: paginated
/// A background task fills a channel; the stream reads it.
pub fn paginated(api: Api) -> BoxStream<'static, &'static str> {
    let (sender, receiver) = mpsc::channel(1);
    tokio::spawn(async move {
        let mut next = Some(0);
        while let Some(number) = next {
            let page = api.fetch_page(number).await;
            for item in page.items {
                if sender.send(item).await.is_err() {
                    return;
                }
            }
            next = page.next;
        }
    });
    stream::unfold(receiver, |mut receiver| async move {
        let item = receiver.recv().await?;
        Some((item, receiver))
    })
    .boxed()
}
// ANCHOR_END: paginated
