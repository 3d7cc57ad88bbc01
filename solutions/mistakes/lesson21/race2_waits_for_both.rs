// Mistake: keeps polling until both are done and then returns the output of the one that finished first: right value, but the loser is never cancelled and the race takes as long as the slower one.
// Expect: did not run its work as expected
// ANCHOR: race2
/// Waits for both, remembers who was first.
pub async fn race2<T>(a: impl Future<Output = T>, b: impl Future<Output = T>) -> T {
    let (mut a, mut b) = (pin!(a), pin!(b));
    let (mut first, mut a_done, mut b_done) = (None, false, false);
    poll_fn(|cx| {
        if !a_done && let Poll::Ready(output) = a.as_mut().poll(cx) {
            a_done = true;
            first.get_or_insert(output);
        }
        if !b_done && let Poll::Ready(output) = b.as_mut().poll(cx) {
            b_done = true;
            first.get_or_insert(output);
        }
        if a_done && b_done {
            Poll::Ready(first.take().expect("one of them was first"))
        } else {
            Poll::Pending
        }
    })
    .await
}
// ANCHOR_END: race2
