// Mistake: guards only `b` against a poll after Ready: a finished `a` is polled again while `b` is still pending.
// Expect: was polled after it returned Ready
// ANCHOR: join2
/// Await `a` and `b` at the same time and return both outputs, in argument
/// order, the moment the later one is ready: what `tokio::join!(a, b)`
/// does.
pub async fn join2<A: Future, B: Future>(a: A, b: B) -> (A::Output, B::Output) {
    let mut a = pin!(a);
    let mut b = pin!(b);
    let mut a_out = None;
    let mut b_out = None;
    poll_fn(|cx| {
        if let Poll::Ready(out) = a.as_mut().poll(cx) {
            a_out = Some(out);
        }
        if b_out.is_none() {
            if let Poll::Ready(out) = b.as_mut().poll(cx) {
                b_out = Some(out);
            }
        }
        if a_out.is_some() && b_out.is_some() {
            Poll::Ready((a_out.take().unwrap(), b_out.take().unwrap()))
        } else {
            Poll::Pending
        }
    })
    .await
}
// ANCHOR_END: join2
