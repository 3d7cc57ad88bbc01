// Alternative: `JoinError::try_into_panic` and `downcast_ref` for both kinds of payload.
// ANCHOR: supervise
/// Reads the panic message from the payload, `String` or `&str`.
pub async fn supervise(chore: RiskyChore) -> Result<&'static str, String> {
    let error = match tokio::spawn(risky_chore(chore)).await {
        Ok(name) => return Ok(name),
        Err(error) => error,
    };
    match error.try_into_panic() {
        Ok(payload) => {
            if let Some(message) = payload.downcast_ref::<String>() {
                Err(message.clone())
            } else if let Some(message) = payload.downcast_ref::<&str>() {
                Err(message.to_string())
            } else {
                Err("the task panicked".to_string())
            }
        }
        Err(error) => Err(error.to_string()),
    }
}
// ANCHOR_END: supervise
