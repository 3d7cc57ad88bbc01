// Alternative: a `select!` between the next item and a fresh sleep for each item, the item polled first, which is what `timeout` does.
// ANCHOR: collect_in_time
/// A new timer for every item; the item wins a tie.
pub async fn collect_in_time(
    mut items: BoxStream<'static, &'static str>,
    limit: Duration,
) -> Vec<&'static str> {
    let mut collected = Vec::new();
    loop {
        tokio::select! {
            biased;
            item = items.next() => match item {
                Some(item) => collected.push(item),
                None => break,
            },
            () = tokio::time::sleep(limit) => break,
        }
    }
    collected
}
// ANCHOR_END: collect_in_time
