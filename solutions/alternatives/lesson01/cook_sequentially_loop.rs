// Alternative: a `for` loop over the three dishes, awaiting each in turn.
// ANCHOR: cook_sequentially
/// Cooks the three dishes in a loop, one after another.
pub async fn cook_sequentially() -> Vec<&'static str> {
    let mut cooked = Vec::new();
    for dish in [RICE, VEGETABLES, MEAT] {
        cooked.push(cook(dish).await);
    }
    cooked
}
// ANCHOR_END: cook_sequentially
