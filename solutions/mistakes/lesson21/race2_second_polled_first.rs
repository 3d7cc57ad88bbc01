// Mistake: polls the second future first, so when both are ready in one poll, the second wins the tie.
// Expect: for 24 ties, which argument won
// ANCHOR: race2
/// The second first.
pub async fn race2<T>(a: impl Future<Output = T>, b: impl Future<Output = T>) -> T {
    let (mut a, mut b) = (pin!(a), pin!(b));
    poll_fn(|cx| match b.as_mut().poll(cx) {
        Poll::Ready(output) => Poll::Ready(output),
        Poll::Pending => a.as_mut().poll(cx),
    })
    .await
}
// ANCHOR_END: race2
