// Mistake: races the item against a sleep in a `biased` `select!` with the timer first, like Python's `wait_for`: an item that arrives exactly at the limit counts as late.
// Expect: every item: each arrived within the limit
// ANCHOR: collect_in_time
/// The timer wins a tie.
pub async fn collect_in_time(
    mut items: BoxStream<'static, &'static str>,
    limit: Duration,
) -> Vec<&'static str> {
    let mut collected = Vec::new();
    loop {
        tokio::select! {
            biased;
            () = tokio::time::sleep(limit) => break,
            item = items.next() => match item {
                Some(item) => collected.push(item),
                None => break,
            },
        }
    }
    collected
}
// ANCHOR_END: collect_in_time
