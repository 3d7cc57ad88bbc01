// Mistake: takes the message from between the last two quotes of the `JoinError`'s description, which holds the whole message only when the message has no quote of its own (and no character that the description escapes).
// Expect: differs from the reference solution in
// ANCHOR: supervise
/// Reads the panic's message from between the quotes of the `JoinError`'s text.
pub async fn supervise(chore: RiskyChore) -> Result<&'static str, String> {
    match tokio::spawn(risky_chore(chore)).await {
        Ok(name) => Ok(name),
        Err(error) => {
            let text = error.to_string();
            Err(text.rsplit('"').nth(1).unwrap_or(text.as_str()).to_string())
        }
    }
}
// ANCHOR_END: supervise
