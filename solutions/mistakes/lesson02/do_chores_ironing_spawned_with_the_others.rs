// Mistake: spawns the ironing together with the other two, so it starts at 0 instead of after both are done.
// Expect: did not run its work as expected
// ANCHOR: do_chores
/// Spawns all three chores at once, then awaits them in order.
pub async fn do_chores() -> Vec<Done> {
    let laundry = tokio::spawn(chore("laundry", 5));
    let dishes = tokio::spawn(chore("dishes", 2));
    let ironing = tokio::spawn(chore("ironing", 7));
    let mut done = Vec::new();
    for handle in [laundry, dishes, ironing] {
        done.push(handle.await.expect("a chore task panicked"));
    }
    done
}
// ANCHOR_END: do_chores
