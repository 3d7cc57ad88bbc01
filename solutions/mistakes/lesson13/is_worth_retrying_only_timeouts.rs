// Mistake: retries only a timeout and forgets that a 5xx status (503: busy for now) is worth another try too.
// Expect: returned the wrong value
// Expect: yes for each
// ANCHOR: is_worth_retrying
/// Only a timeout is worth another request.
pub fn is_worth_retrying(error: &anyhow::Error) -> bool {
    matches!(error.downcast_ref::<FetchError>(), Some(FetchError::Timeout))
}
// ANCHOR_END: is_worth_retrying
