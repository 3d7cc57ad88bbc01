// Mistake: goes on after a late item instead of ending; the stream still delivers the late item later, so nothing is skipped and nothing ends at the first late one.
// Expect: the items before the first late one
// ANCHOR: collect_in_time
/// A late item is waited for again.
pub async fn collect_in_time(
    mut items: BoxStream<'static, &'static str>,
    limit: Duration,
) -> Vec<&'static str> {
    let mut collected = Vec::new();
    loop {
        match tokio::time::timeout(limit, items.next()).await {
            Ok(Some(item)) => collected.push(item),
            Ok(None) => break,
            // Late: skip it and ask for the next one.
            Err(_) => continue,
        }
    }
    collected
}
// ANCHOR_END: collect_in_time
