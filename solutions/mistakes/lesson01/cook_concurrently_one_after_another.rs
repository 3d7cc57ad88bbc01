// Mistake: awaits the three dishes one after another: 16 units instead of 8.
// Expect: did not run its work as expected
// ANCHOR: cook_concurrently
/// Cooks the dishes one after another.
pub async fn cook_concurrently() -> Vec<&'static str> {
    let meat = cook(MEAT).await;
    let vegetables = cook(VEGETABLES).await;
    let rice = cook(RICE).await;
    vec![meat, vegetables, rice]
}
// ANCHOR_END: cook_concurrently
