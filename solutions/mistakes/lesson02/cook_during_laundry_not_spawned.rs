// Mistake: joins the two plain futures with `tokio::join!`: they overlap, but the laundry never ran as a background task.
// Expect: to run "laundry" in a spawned task of its own
// ANCHOR: cook_during_laundry
/// Cooks and does the laundry together in place.
pub async fn cook_during_laundry() -> (Done, Done) {
    tokio::join!(chore("cooking", 3), chore("laundry", 5))
}
// ANCHOR_END: cook_during_laundry
