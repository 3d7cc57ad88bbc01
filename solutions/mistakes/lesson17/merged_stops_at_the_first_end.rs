// Mistake: a `select!` loop that breaks as soon as either stream gives `None`, which drops the items the other one still had to come.
// Expect: every item of both
// ANCHOR: merged
/// Whichever is first, until one of them ends.
pub async fn merged(
    mut left: BoxStream<'static, &'static str>,
    mut right: BoxStream<'static, &'static str>,
) -> Vec<&'static str> {
    let mut items = Vec::new();
    loop {
        tokio::select! {
            item = left.next() => match item {
                Some(item) => items.push(item),
                None => break,
            },
            item = right.next() => match item {
                Some(item) => items.push(item),
                None => break,
            },
        }
    }
    items
}
// ANCHOR_END: merged
