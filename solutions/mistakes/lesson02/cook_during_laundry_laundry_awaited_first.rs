// Mistake: awaits the laundry's handle before cooking, so this function sits idle while the laundry runs.
// Expect: did not run its work as expected
// ANCHOR: cook_during_laundry
/// Spawns the laundry, waits for it, then cooks.
pub async fn cook_during_laundry() -> (Done, Done) {
    let laundry = tokio::spawn(chore("laundry", 5));
    let laundry = laundry.await.expect("the laundry task panicked");
    let cooking = chore("cooking", 3).await;
    (cooking, laundry)
}
// ANCHOR_END: cook_during_laundry
