// Mistake: spawns the cooking as a task too, instead of cooking here while the laundry runs.
// Expect: Expected your `lesson02::cook_during_laundry` to run "cooking" itself, awaited in place
// ANCHOR: cook_during_laundry
/// Spawns both chores and awaits both handles.
pub async fn cook_during_laundry() -> (Done, Done) {
    let laundry = tokio::spawn(chore("laundry", 5));
    let cooking = tokio::spawn(chore("cooking", 3));
    let cooking = cooking.await.expect("the cooking task panicked");
    let laundry = laundry.await.expect("the laundry task panicked");
    (cooking, laundry)
}
// ANCHOR_END: cook_during_laundry
