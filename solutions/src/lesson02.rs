//! Lesson 02, solved: tasks.

use std::sync::Arc;

pub use given::lesson02::{Done, RiskyChore, SeatingPlan, chore, risky_chore, seat_guest};

// ANCHOR: do_chores
/// Laundry and dishes run as tasks from 0; ironing is spawned only at 5.
pub async fn do_chores() -> Vec<Done> {
    let laundry = tokio::spawn(chore("laundry", 5));
    let dishes = tokio::spawn(chore("dishes", 2));
    // The dishes finish at 2 while we wait here; their handle keeps the `Done`.
    let laundry = laundry.await.expect("the laundry task panicked");
    let dishes = dishes.await.expect("the dishes task panicked");
    let ironing = tokio::spawn(chore("ironing", 7)).await.expect("the ironing task panicked");
    vec![laundry, dishes, ironing]
}
// ANCHOR_END: do_chores

// ANCHOR: cook_during_laundry
/// The spawned laundry runs while this task cooks.
pub async fn cook_during_laundry() -> (Done, Done) {
    let laundry = tokio::spawn(chore("laundry", 5));
    let cooking = chore("cooking", 3).await;
    let laundry = laundry.await.expect("the laundry task panicked");
    (cooking, laundry)
}
// ANCHOR_END: cook_during_laundry

// ANCHOR: supervise
/// A panic in the task arrives here as a `JoinError`, not as a panic.
pub async fn supervise(chore: RiskyChore) -> Result<&'static str, String> {
    match tokio::spawn(risky_chore(chore)).await {
        Ok(name) => Ok(name),
        Err(error) if error.is_panic() => Err(panic_message(error.into_panic())),
        Err(error) => Err(error.to_string()),
    }
}

/// `panic!` with arguments carries a `String`, a plain literal a `&str`.
fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(message) => *message,
        Err(payload) => payload.downcast_ref::<&str>().map_or_else(String::new, |s| s.to_string()),
    }
}
// ANCHOR_END: supervise

// ANCHOR: seat_everyone
/// One task per guest; the plan is shared through an `Arc`, each guest's name
/// is moved into its task.
pub async fn seat_everyone(plan: SeatingPlan, guests: Vec<String>) -> Vec<Option<u32>> {
    let plan = Arc::new(plan);
    let handles: Vec<_> = guests
        .into_iter()
        .map(|guest| {
            let plan = Arc::clone(&plan);
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
