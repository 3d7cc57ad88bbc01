// Mistake: cooks the three dishes together with `tokio::join!`: dinner at 8, but the exercise asks for one after another.
// Expect: did not run its work as expected
// ANCHOR: cook_sequentially
/// Cooks all three at once.
pub async fn cook_sequentially() -> Vec<&'static str> {
    let (rice, vegetables, meat) = tokio::join!(cook(RICE), cook(VEGETABLES), cook(MEAT));
    vec![rice, vegetables, meat]
}
// ANCHOR_END: cook_sequentially
