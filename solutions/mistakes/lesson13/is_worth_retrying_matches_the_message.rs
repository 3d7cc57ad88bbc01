// Mistake: classifies by the error's message, as `"timed out" in str(error)` would: the message on top is the last context added, so a timeout under context is not recognised.
// Expect: returned the wrong value
// Expect: yes for each
// ANCHOR: is_worth_retrying
/// Looks for the words of a retryable failure in the message.
pub fn is_worth_retrying(error: &anyhow::Error) -> bool {
    let message = error.to_string();
    message.contains("timed out") || message.starts_with("server answered 5")
}
// ANCHOR_END: is_worth_retrying
