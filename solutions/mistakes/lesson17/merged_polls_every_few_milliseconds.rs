// Mistake: polls each stream in turn with `now_or_never` and sleeps 10 ms when neither had an item, instead of waiting on both: each item is handed out at the next poll, up to 10 ms after it was ready.
// Expect: differs from the reference solution in
// ANCHOR: merged
/// Looks at both streams every 10 ms.
pub async fn merged(
    mut left: BoxStream<'static, &'static str>,
    mut right: BoxStream<'static, &'static str>,
) -> Vec<&'static str> {
    use futures::FutureExt;
    let mut items = Vec::new();
    let (mut left_done, mut right_done) = (false, false);
    while !(left_done && right_done) {
        let mut got = false;
        for (stream, done) in [(&mut left, &mut left_done), (&mut right, &mut right_done)] {
            if *done {
                continue;
            }
            match stream.next().now_or_never() {
                Some(Some(item)) => {
                    items.push(item);
                    got = true;
                }
                Some(None) => *done = true,
                None => {}
            }
        }
        if !got {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
    items
}
// ANCHOR_END: merged
