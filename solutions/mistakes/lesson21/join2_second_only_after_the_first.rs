// Mistake: returns `Pending` as soon as the first future is pending, without polling the second: the second is only started once the first is done.
// Expect: did not run its work as expected
// ANCHOR: join2
/// The second waits for the first.
pub async fn join2<A: Future, B: Future>(a: A, b: B) -> (A::Output, B::Output) {
    let (mut a, mut b) = (pin!(a), pin!(b));
    let mut first = None;
    poll_fn(|cx| {
        if first.is_none() {
            match a.as_mut().poll(cx) {
                Poll::Ready(output) => first = Some(output),
                Poll::Pending => return Poll::Pending,
            }
        }
        match b.as_mut().poll(cx) {
            Poll::Ready(second) => Poll::Ready((first.take().expect("the first is done"), second)),
            Poll::Pending => Poll::Pending,
        }
    })
    .await
}
// ANCHOR_END: join2
