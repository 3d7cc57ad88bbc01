// Alternative: joins the cooking future and the laundry's handle with `tokio::join!`.
// ANCHOR: cook_during_laundry
/// Cooks here and awaits the laundry task, together.
pub async fn cook_during_laundry() -> (Done, Done) {
    let laundry = tokio::spawn(chore("laundry", 5));
    let (cooking, laundry) = tokio::join!(chore("cooking", 3), laundry);
    (cooking, laundry.expect("the laundry task panicked"))
}
// ANCHOR_END: cook_during_laundry
