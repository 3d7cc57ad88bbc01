// Alternative: a `JoinSet` of (position, seat) pairs, each seat written into its guest's place as it comes in.
// ANCHOR: seat_everyone
/// One task per guest in a `JoinSet`; seats put back in guest order.
pub async fn seat_everyone(plan: SeatingPlan, guests: Vec<String>) -> Vec<Option<u32>> {
    let plan = Arc::new(plan);
    let mut seats = vec![None; guests.len()];
    let mut seating = tokio::task::JoinSet::new();
    for (place, guest) in guests.into_iter().enumerate() {
        let plan = Arc::clone(&plan);
        seating.spawn(async move { (place, seat_guest(&plan, &guest).await) });
    }
    while let Some(seated) = seating.join_next().await {
        let (place, seat) = seated.expect("a seating task panicked");
        seats[place] = seat;
    }
    seats
}
// ANCHOR_END: seat_everyone
