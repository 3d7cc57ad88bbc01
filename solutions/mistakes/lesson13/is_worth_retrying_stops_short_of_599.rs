// Mistake: takes "500 or more" as the range `500..599`, whose end is left out, so a 599 is not retried.
// Expect: differs from the reference solution in what it returned
// ANCHOR: is_worth_retrying
/// A timeout or a 5xx status, by kind.
pub fn is_worth_retrying(error: &anyhow::Error) -> bool {
    match error.downcast_ref::<FetchError>() {
        Some(FetchError::Timeout) => true,
        Some(FetchError::Status(code)) => (500..599).contains(code),
        None => false,
    }
}
// ANCHOR_END: is_worth_retrying
