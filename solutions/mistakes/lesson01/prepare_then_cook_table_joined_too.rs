// Mistake: sets the table inside the same `join!` as the cooking, so the table and the dishes all start at 0.
// Expect: did not run its work as expected
// ANCHOR: prepare_then_cook
/// Sets the table and cooks, all at once.
pub async fn prepare_then_cook() -> Vec<&'static str> {
    let meat = cook(MEAT);
    let vegetables = cook(VEGETABLES);
    let rice = cook(RICE);
    let ((), meat, vegetables, rice) = tokio::join!(set_table(), meat, vegetables, rice);
    vec![meat, vegetables, rice]
}
// ANCHOR_END: prepare_then_cook
