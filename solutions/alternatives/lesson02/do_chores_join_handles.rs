// Alternative: awaits the two handles together with `tokio::join!` instead of one after the other.
// ANCHOR: do_chores
/// Laundry and dishes as tasks, their handles joined; then the ironing.
pub async fn do_chores() -> Vec<Done> {
    let laundry = tokio::spawn(chore("laundry", 5));
    let dishes = tokio::spawn(chore("dishes", 2));
    let (laundry, dishes) = tokio::join!(laundry, dishes);
    let ironing = tokio::spawn(chore("ironing", 7)).await;
    [laundry, dishes, ironing]
        .into_iter()
        .map(|done| done.expect("a chore task panicked"))
        .collect()
}
// ANCHOR_END: do_chores
