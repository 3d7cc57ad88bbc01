// Alternative: `join_all` over an array of the three cooking futures.
// ANCHOR: cook_concurrently
/// Cooks all three at once with `join_all`, which keeps the order.
pub async fn cook_concurrently() -> Vec<&'static str> {
    futures::future::join_all([cook(MEAT), cook(VEGETABLES), cook(RICE)]).await
}
// ANCHOR_END: cook_concurrently
