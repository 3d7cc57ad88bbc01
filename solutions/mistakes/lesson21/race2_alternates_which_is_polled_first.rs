// Mistake: takes turns at polling first, for fairness as `select!` does, so a tie on every other poll goes to the second future.
// Expect: returned the wrong value
// ANCHOR: race2
/// Await `a` and `b` at the same time and return the output of the first
/// one ready; the other is dropped. When both are ready in the same poll,
/// `a` wins.
pub async fn race2<T>(a: impl Future<Output = T>, b: impl Future<Output = T>) -> T {
    let mut a = pin!(a);
    let mut b = pin!(b);
    // Take turns at going first, as `select!` does for fairness, so that
    // `a` cannot starve `b`.
    let mut a_first = true;
    poll_fn(|cx| {
        let polled = if a_first {
            match a.as_mut().poll(cx) {
                Poll::Ready(out) => Poll::Ready(out),
                Poll::Pending => b.as_mut().poll(cx),
            }
        } else {
            match b.as_mut().poll(cx) {
                Poll::Ready(out) => Poll::Ready(out),
                Poll::Pending => a.as_mut().poll(cx),
            }
        };
        a_first = !a_first;
        polled
    })
    .await
}
// ANCHOR_END: race2
