// Mistake: sets the table, then spawns the three futures as tasks: the right times, but the lesson asks for concurrency inside this one task.
// Expect: awaited in place, but it ran in a spawned task
// ANCHOR: prepare_then_cook
/// Sets the table, then cooks each dish in a task of its own.
pub async fn prepare_then_cook() -> Vec<&'static str> {
    let meat = cook(MEAT);
    let vegetables = cook(VEGETABLES);
    let rice = cook(RICE);
    set_table().await;
    let (meat, vegetables, rice) =
        tokio::join!(tokio::spawn(meat), tokio::spawn(vegetables), tokio::spawn(rice));
    [meat, vegetables, rice].into_iter().map(|name| name.expect("a dish panicked")).collect()
}
// ANCHOR_END: prepare_then_cook
