// Mistake: puts one timeout around the whole loop, like `async with asyncio.timeout(limit):` around `async for`, which limits all the items together instead of each one.
// Expect: every item: each arrived within the limit
// ANCHOR: collect_in_time
/// One limit for the whole collection.
pub async fn collect_in_time(
    mut items: BoxStream<'static, &'static str>,
    limit: Duration,
) -> Vec<&'static str> {
    let mut collected = Vec::new();
    let _ = tokio::time::timeout(limit, async {
        while let Some(item) = items.next().await {
            collected.push(item);
        }
    })
    .await;
    collected
}
// ANCHOR_END: collect_in_time
