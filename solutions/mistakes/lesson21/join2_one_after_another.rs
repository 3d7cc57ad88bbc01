// Mistake: awaits one future, then the other (`(await a, await b)` in Python), so the second starts only when the first is done: the times add up.
// Expect: did not run its work as expected
// ANCHOR: join2
/// One, then the other.
pub async fn join2<A: Future, B: Future>(a: A, b: B) -> (A::Output, B::Output) {
    let first = a.await;
    let second = b.await;
    (first, second)
}
// ANCHOR_END: join2
