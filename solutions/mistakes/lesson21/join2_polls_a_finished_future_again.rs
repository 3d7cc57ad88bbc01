// Mistake: polls both futures in every poll, done or not, keeping the latest output: a future that is done is polled again (an `async` block would panic).
// Expect: polled after it returned Ready
// ANCHOR: join2
/// Polls both, every time.
pub async fn join2<A: Future, B: Future>(a: A, b: B) -> (A::Output, B::Output) {
    let (mut a, mut b) = (pin!(a), pin!(b));
    let (mut first, mut second) = (None, None);
    poll_fn(|cx| {
        if let Poll::Ready(output) = a.as_mut().poll(cx) {
            first = Some(output);
        }
        if let Poll::Ready(output) = b.as_mut().poll(cx) {
            second = Some(output);
        }
        match (first.take(), second.take()) {
            (Some(a), Some(b)) => Poll::Ready((a, b)),
            (a, b) => {
                (first, second) = (a, b);
                Poll::Pending
            }
        }
    })
    .await
}
// ANCHOR_END: join2
