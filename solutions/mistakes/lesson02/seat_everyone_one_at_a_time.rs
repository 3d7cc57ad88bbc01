// Mistake: awaits each guest's task right after spawning it, so the guests are seated one at a time.
// Expect: but they ran one at a time
// ANCHOR: seat_everyone
/// Seats each guest in a task of their own, one after another.
pub async fn seat_everyone(plan: SeatingPlan, guests: Vec<String>) -> Vec<Option<u32>> {
    let plan = Arc::new(plan);
    let mut seats = Vec::new();
    for guest in guests {
        let plan = Arc::clone(&plan);
        let seat = tokio::spawn(async move { seat_guest(&plan, &guest).await }).await;
        seats.push(seat.expect("a seating task panicked"));
    }
    seats
}
// ANCHOR_END: seat_everyone
