// Mistake: once one future is done, wakes itself in every poll until the other is done too (`while not both_done: await asyncio.sleep(0)`): busy, and the clock stands still.
// Expect: busy: polled
// ANCHOR: join2
/// Looks again and again.
pub async fn join2<A: Future, B: Future>(a: A, b: B) -> (A::Output, B::Output) {
    let (mut a, mut b) = (pin!(a), pin!(b));
    let (mut first, mut second) = (None, None);
    poll_fn(|cx| {
        if first.is_none()
            && let Poll::Ready(output) = a.as_mut().poll(cx)
        {
            first = Some(output);
        }
        if second.is_none()
            && let Poll::Ready(output) = b.as_mut().poll(cx)
        {
            second = Some(output);
        }
        match (first.take(), second.take()) {
            (Some(a), Some(b)) => Poll::Ready((a, b)),
            (a, b) => {
                if a.is_some() || b.is_some() {
                    cx.waker().wake_by_ref();
                }
                (first, second) = (a, b);
                Poll::Pending
            }
        }
    })
    .await
}
// ANCHOR_END: join2
