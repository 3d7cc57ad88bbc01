// Mistake: rules out only a 4xx status and retries everything else, errors that are no `FetchError` at all included.
// Expect: returned the wrong value
// Expect: no for both
// ANCHOR: is_worth_retrying
/// Everything but a client error is worth another request.
pub fn is_worth_retrying(error: &anyhow::Error) -> bool {
    !matches!(error.downcast_ref::<FetchError>(), Some(FetchError::Status(code)) if *code < 500)
}
// ANCHOR_END: is_worth_retrying
