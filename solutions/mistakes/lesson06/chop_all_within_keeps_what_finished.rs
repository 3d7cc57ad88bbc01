// Mistake: at the deadline returns the names done so far, as `asyncio.wait(timeout=...)` hands back its done set, where the batch is all or nothing.
// Expect: all or nothing
// ANCHOR: chop_all_within
/// Collects names until the deadline, then returns what it has.
pub async fn chop_all_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Result<Vec<&'static str>, Elapsed> {
    use futures::StreamExt;
    use tokio::time::{Instant, timeout_at};

    let mut chops: futures::stream::FuturesOrdered<_> =
        vegetables.into_iter().map(|(vegetable, units)| chop(vegetable, units)).collect();
    let deadline = Instant::now() + limit;
    let mut names = Vec::new();
    while let Ok(Some(name)) = timeout_at(deadline, chops.next()).await {
        names.push(name);
    }
    Ok(names)
}
// ANCHOR_END: chop_all_within
