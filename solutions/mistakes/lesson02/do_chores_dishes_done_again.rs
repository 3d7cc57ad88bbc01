// Mistake: drops the dishes' handle, then does the dishes again in place to get a `Done` to return.
// Expect: did not run its work as expected
// ANCHOR: do_chores
/// Lets the dishes task run detached and redoes the dishes for their `Done`.
pub async fn do_chores() -> Vec<Done> {
    let laundry = tokio::spawn(chore("laundry", 5));
    drop(tokio::spawn(chore("dishes", 2)));
    let laundry = laundry.await.expect("the laundry task panicked");
    let dishes = chore("dishes", 0).await;
    let ironing = tokio::spawn(chore("ironing", 7)).await.expect("the ironing task panicked");
    vec![laundry, dishes, ironing]
}
// ANCHOR_END: do_chores
