// Alternative: spawns one task per guest and awaits the handles with `join_all`, which keeps their order.
// ANCHOR: seat_everyone
/// One task per guest, the handles joined together.
pub async fn seat_everyone(plan: SeatingPlan, guests: Vec<String>) -> Vec<Option<u32>> {
    let plan = Arc::new(plan);
    let handles = guests.into_iter().map(|guest| {
        let plan = Arc::clone(&plan);
        tokio::spawn(async move { seat_guest(&plan, &guest).await })
    });
    let seats = futures::future::join_all(handles).await;
    seats.into_iter().map(|seat| seat.expect("a seating task panicked")).collect()
}
// ANCHOR_END: seat_everyone
