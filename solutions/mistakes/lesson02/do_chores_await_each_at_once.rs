// Mistake: awaits each task right after spawning it, so the dishes start only when the laundry is done.
// Expect: did not run its work as expected
// ANCHOR: do_chores
/// Spawns and awaits each chore in turn.
pub async fn do_chores() -> Vec<Done> {
    let laundry = tokio::spawn(chore("laundry", 5)).await.expect("the laundry task panicked");
    let dishes = tokio::spawn(chore("dishes", 2)).await.expect("the dishes task panicked");
    let ironing = tokio::spawn(chore("ironing", 7)).await.expect("the ironing task panicked");
    vec![laundry, dishes, ironing]
}
// ANCHOR_END: do_chores
