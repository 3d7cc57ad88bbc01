// Mistake: retries a 429 ("too many requests") as well as 500 and above, which the spec does not ask for: only a timeout or a status of 500 or more is worth another try.
// Expect: differs from the reference solution in what it returned
// ANCHOR: is_worth_retrying
/// A timeout, a server error, or "slow down".
pub fn is_worth_retrying(error: &anyhow::Error) -> bool {
    match error.downcast_ref::<FetchError>() {
        Some(FetchError::Timeout) => true,
        Some(FetchError::Status(code)) => *code >= 500 || *code == 429,
        None => false,
    }
}
// ANCHOR_END: is_worth_retrying
