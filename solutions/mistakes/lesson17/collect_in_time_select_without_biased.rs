// Mistake: races the item against a sleep in a `select!` without `biased;`: an item that arrives exactly at the limit is counted late whenever `select!` happens to look at the timer first, about half the time.
// Expect: every one of the 24 items
// ANCHOR: collect_in_time
/// Whichever `select!` looks at first wins a tie.
pub async fn collect_in_time(
    mut items: BoxStream<'static, &'static str>,
    limit: Duration,
) -> Vec<&'static str> {
    let mut collected = Vec::new();
    loop {
        tokio::select! {
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
