// Mistake: retries whenever the error is a `FetchError`, a 404 included (Python: `except FetchError:` for every subclass).
// Expect: returned the wrong value
// Expect: no for each
// ANCHOR: is_worth_retrying
/// Any failure of a request is worth another one.
pub fn is_worth_retrying(error: &anyhow::Error) -> bool {
    error.is::<FetchError>()
}
// ANCHOR_END: is_worth_retrying
