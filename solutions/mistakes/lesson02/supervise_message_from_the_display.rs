// Mistake: takes the message out of the `JoinError`'s description, after "with message ", without its quotes; but the description prints the message escaped (`{:?}`), so a quote, a backslash or a line break in it comes back changed.
// Expect: differs from the reference solution in
// ANCHOR: supervise
/// Cuts the panic's message out of the `JoinError`'s text.
pub async fn supervise(chore: RiskyChore) -> Result<&'static str, String> {
    match tokio::spawn(risky_chore(chore)).await {
        Ok(name) => Ok(name),
        Err(error) => {
            let text = error.to_string();
            let message = text.split_once("with message ").map_or(text.as_str(), |(_, m)| m);
            Err(message.trim_matches('"').to_string())
        }
    }
}
// ANCHOR_END: supervise
