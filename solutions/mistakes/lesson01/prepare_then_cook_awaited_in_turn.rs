// Mistake: after setting the table, awaits the three futures one after another instead of together: 2 + 16 units.
// Expect: did not run its work as expected
// ANCHOR: prepare_then_cook
/// Sets the table, then cooks each dish in turn.
pub async fn prepare_then_cook() -> Vec<&'static str> {
    let meat = cook(MEAT);
    let vegetables = cook(VEGETABLES);
    let rice = cook(RICE);
    set_table().await;
    vec![meat.await, vegetables.await, rice.await]
}
// ANCHOR_END: prepare_then_cook
