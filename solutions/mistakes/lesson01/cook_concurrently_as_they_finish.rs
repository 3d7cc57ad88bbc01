// Mistake: collects the names as the dishes finish (a `FuturesUnordered`), so rice comes first instead of meat.
// Expect: returned the wrong value
// ANCHOR: cook_concurrently
/// Cooks all three at once; names as they are done.
pub async fn cook_concurrently() -> Vec<&'static str> {
    use futures::StreamExt;
    let cooking: futures::stream::FuturesUnordered<_> =
        [MEAT, VEGETABLES, RICE].into_iter().map(cook).collect();
    cooking.collect().await
}
// ANCHOR_END: cook_concurrently
