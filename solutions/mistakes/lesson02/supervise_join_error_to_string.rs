// Mistake: reports a panic with the `JoinError`'s `to_string()`, which describes the task ("task 3 panicked with message ..."), not the panic's own message.
// Expect: A `JoinError`'s `to_string()` is not that message
// Expect: panicked with message
// ANCHOR: supervise
/// Turns any `JoinError` into its description.
pub async fn supervise(chore: RiskyChore) -> Result<&'static str, String> {
    tokio::spawn(risky_chore(chore)).await.map_err(|error| error.to_string())
}
// ANCHOR_END: supervise
