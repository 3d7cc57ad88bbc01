// Mistake: waits for the first item without a limit and applies the limit only to the gaps between items, so a first item that is late is still collected.
// Expect: differs from the reference solution in
// ANCHOR: collect_in_time
/// The limit counts from one item to the next.
pub async fn collect_in_time(
    mut items: BoxStream<'static, &'static str>,
    limit: Duration,
) -> Vec<&'static str> {
    let Some(first) = items.next().await else { return Vec::new() };
    let mut collected = vec![first];
    while let Ok(Some(item)) = tokio::time::timeout(limit, items.next()).await {
        collected.push(item);
    }
    collected
}
// ANCHOR_END: collect_in_time
