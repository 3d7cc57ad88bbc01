// Mistake: seats the guests four at a time, a table after a table, so a fifth guest waits until the first four are seated.
// Expect: differs from the reference solution in
// ANCHOR: seat_everyone
/// Seats four guests at once, then the next four.
pub async fn seat_everyone(plan: SeatingPlan, guests: Vec<String>) -> Vec<Option<u32>> {
    let plan = Arc::new(plan);
    let mut seats = Vec::with_capacity(guests.len());
    for table in guests.chunks(4) {
        let handles: Vec<_> = table
            .iter()
            .map(|guest| {
                let plan = Arc::clone(&plan);
                let guest = guest.clone();
                tokio::spawn(async move { seat_guest(&plan, &guest).await })
            })
            .collect();
        for handle in handles {
            seats.push(handle.await.expect("a seating task panicked"));
        }
    }
    seats
}
// ANCHOR_END: seat_everyone
