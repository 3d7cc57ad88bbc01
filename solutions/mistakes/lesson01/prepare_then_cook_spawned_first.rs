// Mistake: spawns the three dishes as tasks before setting the table, as `asyncio.create_task` would: they start cooking at 0, not after the table.
// Expect: did not run its work as expected
// ANCHOR: prepare_then_cook
/// Starts three tasks, sets the table, then awaits the handles.
pub async fn prepare_then_cook() -> Vec<&'static str> {
    let meat = tokio::spawn(cook(MEAT));
    let vegetables = tokio::spawn(cook(VEGETABLES));
    let rice = tokio::spawn(cook(RICE));
    set_table().await;
    let (meat, vegetables, rice) = tokio::join!(meat, vegetables, rice);
    [meat, vegetables, rice].into_iter().map(|name| name.expect("a dish panicked")).collect()
}
// ANCHOR_END: prepare_then_cook
