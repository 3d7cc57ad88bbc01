// Alternative: creates the three futures first and awaits them in turn: still one after another, because a future starts only when awaited.
// ANCHOR: cook_sequentially
/// Makes the three futures, then awaits each one in turn.
pub async fn cook_sequentially() -> Vec<&'static str> {
    let rice = cook(RICE);
    let vegetables = cook(VEGETABLES);
    let meat = cook(MEAT);
    vec![rice.await, vegetables.await, meat.await]
}
// ANCHOR_END: cook_sequentially
