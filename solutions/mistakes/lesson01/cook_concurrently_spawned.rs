// Mistake: spawns three tasks and awaits their handles: 8 units, but the lesson asks for concurrency inside one task.
// Expect: awaited in place, but it ran in a spawned task
// ANCHOR: cook_concurrently
/// Cooks each dish in a task of its own.
pub async fn cook_concurrently() -> Vec<&'static str> {
    let (meat, vegetables, rice) = tokio::join!(
        tokio::spawn(cook(MEAT)),
        tokio::spawn(cook(VEGETABLES)),
        tokio::spawn(cook(RICE))
    );
    [meat, vegetables, rice].into_iter().map(|name| name.expect("a dish panicked")).collect()
}
// ANCHOR_END: cook_concurrently
