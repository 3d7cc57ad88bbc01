// Mistake: cooks first and spawns the laundry only afterwards, so nothing overlaps: 8 units.
// Expect: did not run its work as expected
// ANCHOR: cook_during_laundry
/// Cooks, then does the laundry in a task.
pub async fn cook_during_laundry() -> (Done, Done) {
    let cooking = chore("cooking", 3).await;
    let laundry = tokio::spawn(chore("laundry", 5)).await.expect("the laundry task panicked");
    (cooking, laundry)
}
// ANCHOR_END: cook_during_laundry
