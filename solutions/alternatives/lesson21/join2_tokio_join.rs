// Alternative: `tokio::join!` does exactly this; written by hand, it is the reference.
// ANCHOR: join2
/// The macro.
pub async fn join2<A: Future, B: Future>(a: A, b: B) -> (A::Output, B::Output) {
    tokio::join!(a, b)
}
// ANCHOR_END: join2
