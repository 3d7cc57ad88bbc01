// Mistake: formats the panic payload with `{:?}`, which prints `Any { .. }`, not the message inside it.
// Expect: returned the wrong value (`Err` with the panic's own message
// ANCHOR: supervise
/// Formats the panic payload for debugging.
pub async fn supervise(chore: RiskyChore) -> Result<&'static str, String> {
    tokio::spawn(risky_chore(chore)).await.map_err(|error| format!("{:?}", error.into_panic()))
}
// ANCHOR_END: supervise
