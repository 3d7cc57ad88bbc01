// Mistake: computes one deadline at the start and waits for every item until it, with `timeout_at`: the limit does not start again for each item.
// Expect: every item: each arrived within the limit
// ANCHOR: collect_in_time
/// Every item must arrive before one deadline.
pub async fn collect_in_time(
    mut items: BoxStream<'static, &'static str>,
    limit: Duration,
) -> Vec<&'static str> {
    let deadline = tokio::time::Instant::now() + limit;
    let mut collected = Vec::new();
    while let Ok(Some(item)) = tokio::time::timeout_at(deadline, items.next()).await {
        collected.push(item);
    }
    collected
}
// ANCHOR_END: collect_in_time
