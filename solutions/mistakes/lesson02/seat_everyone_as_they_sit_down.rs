// Mistake: collects the seats from a `JoinSet` as the tasks finish, so they come back in the order the guests sat down, not in guest order.
// Expect: returned the wrong value
// ANCHOR: seat_everyone
/// Seats every guest in a task of their own; seats as they are taken.
pub async fn seat_everyone(plan: SeatingPlan, guests: Vec<String>) -> Vec<Option<u32>> {
    let plan = Arc::new(plan);
    let mut seating = tokio::task::JoinSet::new();
    for guest in guests {
        let plan = Arc::clone(&plan);
        seating.spawn(async move { seat_guest(&plan, &guest).await });
    }
    let mut seats = Vec::new();
    while let Some(seat) = seating.join_next().await {
        seats.push(seat.expect("a seating task panicked"));
    }
    seats
}
// ANCHOR_END: seat_everyone
