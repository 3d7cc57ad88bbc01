// Mistake: uses `tokio::join!` on the plain futures instead of spawning tasks: the same timeline, but no task was created.
// Expect: in a spawned task of its own, but it ran inside your function
// ANCHOR: do_chores
/// Does laundry and dishes together in place, then the ironing.
pub async fn do_chores() -> Vec<Done> {
    let (laundry, dishes) = tokio::join!(chore("laundry", 5), chore("dishes", 2));
    let ironing = chore("ironing", 7).await;
    vec![laundry, dishes, ironing]
}
// ANCHOR_END: do_chores
