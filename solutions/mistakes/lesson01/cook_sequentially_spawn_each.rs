// Mistake: spawns each dish as a task and awaits it at once: one after another as asked, but in three tasks instead of this one.
// Expect: awaited in place, but it ran in a spawned task
// ANCHOR: cook_sequentially
/// Cooks each dish in a task of its own, one task after the other.
pub async fn cook_sequentially() -> Vec<&'static str> {
    let mut cooked = Vec::new();
    for dish in [RICE, VEGETABLES, MEAT] {
        cooked.push(tokio::spawn(cook(dish)).await.expect("a dish panicked"));
    }
    cooked
}
// ANCHOR_END: cook_sequentially
