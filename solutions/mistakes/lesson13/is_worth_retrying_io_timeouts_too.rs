// Mistake: also says yes to an `std::io::Error` that timed out, an error that is no `FetchError` at all.
// Expect: differs from the reference solution in what it returned
// ANCHOR: is_worth_retrying
/// A timeout of any kind, or a 5xx status.
pub fn is_worth_retrying(error: &anyhow::Error) -> bool {
    if let Some(io) = error.downcast_ref::<std::io::Error>() {
        return io.kind() == std::io::ErrorKind::TimedOut;
    }
    match error.downcast_ref::<FetchError>() {
        Some(FetchError::Timeout) => true,
        Some(FetchError::Status(code)) => *code >= 500,
        None => false,
    }
}
// ANCHOR_END: is_worth_retrying
