// Mistake: spawns all three first and then awaits the handles in turn, as with `asyncio.create_task`: the tasks run at once, so the dishes overlap.
// Expect: did not run its work as expected
// ANCHOR: cook_sequentially
/// Starts three tasks, then awaits each handle in turn.
pub async fn cook_sequentially() -> Vec<&'static str> {
    let rice = tokio::spawn(cook(RICE));
    let vegetables = tokio::spawn(cook(VEGETABLES));
    let meat = tokio::spawn(cook(MEAT));
    let mut cooked = Vec::new();
    for handle in [rice, vegetables, meat] {
        cooked.push(handle.await.expect("a dish panicked"));
    }
    cooked
}
// ANCHOR_END: cook_sequentially
