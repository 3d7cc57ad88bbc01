// Mistake: returns `Pending` when the first future is pending, without polling the second, so the second never runs and the first always wins.
// Expect: returned the wrong value
// ANCHOR: race2
/// Only the first is polled.
pub async fn race2<T>(a: impl Future<Output = T>, b: impl Future<Output = T>) -> T {
    let mut a = pin!(a);
    let _never_polled = b;
    poll_fn(|cx| a.as_mut().poll(cx)).await
}
// ANCHOR_END: race2
