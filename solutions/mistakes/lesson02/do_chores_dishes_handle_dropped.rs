// Mistake: drops the dishes' handle (the task is over at 2 anyway) and hands back only the chores it awaited.
// Expect: hand back the `Done` of each chore in the order laundry, dishes, ironing
// ANCHOR: do_chores
/// Lets the dishes run detached; awaits the laundry and the ironing.
pub async fn do_chores() -> Vec<Done> {
    let laundry = tokio::spawn(chore("laundry", 5));
    drop(tokio::spawn(chore("dishes", 2)));
    let laundry = laundry.await.expect("the laundry task panicked");
    let ironing = tokio::spawn(chore("ironing", 7)).await.expect("the ironing task panicked");
    vec![laundry, ironing]
}
// ANCHOR_END: do_chores
