// Mistake: shares the plan in an `Arc` but seats everyone with `join_all` over borrowed futures, which sidesteps `'static` and spawns no task per guest.
// Expect: in a spawned task of its own, but it ran inside your function
// ANCHOR: seat_everyone
/// Seats every guest at once inside this function.
pub async fn seat_everyone(plan: SeatingPlan, guests: Vec<String>) -> Vec<Option<u32>> {
    let plan = Arc::new(plan);
    futures::future::join_all(guests.iter().map(|guest| seat_guest(&plan, guest))).await
}
// ANCHOR_END: seat_everyone
