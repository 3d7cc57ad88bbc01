// Mistake: looks for the message only as a `&str` in the panic payload; `panic!` with arguments carries a `String`, so the message is lost.
// Expect: returned the wrong value (`Err` with the panic's own message
// ANCHOR: supervise
/// Reads the panic message as a `&str`.
pub async fn supervise(chore: RiskyChore) -> Result<&'static str, String> {
    match tokio::spawn(risky_chore(chore)).await {
        Ok(name) => Ok(name),
        Err(error) => {
            let payload = error.into_panic();
            let message = payload.downcast_ref::<&str>().copied().unwrap_or("the task panicked");
            Err(message.to_string())
        }
    }
}
// ANCHOR_END: supervise
