// Mistake: retries only 500..=599, so a status of 600 or more (which the spec says is "500 or more") is not retried.
// Expect: yes for 500, 502, 504, 599, 600 and 999
// ANCHOR: is_worth_retrying
/// Asks the error for its kind, not for its text: `downcast_ref` sees through
/// every layer of context added with `.context(..)`.
pub fn is_worth_retrying(error: &anyhow::Error) -> bool {
    match error.downcast_ref::<FetchError>() {
        Some(FetchError::Timeout) => true,
        Some(FetchError::Status(code)) => (500..=599).contains(code),
        None => false,
    }
}
// ANCHOR_END: is_worth_retrying
