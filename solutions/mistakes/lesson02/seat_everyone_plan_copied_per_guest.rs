// Mistake: gives each task a copy of the plan (`plan.clone()`), which satisfies `'static` but copies every name and seat once per guest instead of sharing one plan.
// Expect: share the one plan between the tasks
// ANCHOR: seat_everyone
/// One task per guest, each with a plan of its own.
pub async fn seat_everyone(plan: SeatingPlan, guests: Vec<String>) -> Vec<Option<u32>> {
    let handles: Vec<_> = guests
        .into_iter()
        .map(|guest| {
            let plan = plan.clone();
            tokio::spawn(async move { seat_guest(&plan, &guest).await })
        })
        .collect();
    let mut seats = Vec::with_capacity(handles.len());
    for handle in handles {
        seats.push(handle.await.expect("a seating task panicked"));
    }
    seats
}
// ANCHOR_END: seat_everyone
