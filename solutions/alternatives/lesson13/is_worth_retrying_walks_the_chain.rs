// Alternative: walks the chain with `chain()` and asks each layer, which also finds a `FetchError` that another error names as its `source()`.
// ANCHOR: is_worth_retrying
/// The first `FetchError` in the chain decides.
pub fn is_worth_retrying(error: &anyhow::Error) -> bool {
    error.chain().find_map(|cause| cause.downcast_ref::<FetchError>()).is_some_and(|fetch| {
        match fetch {
            FetchError::Timeout => true,
            FetchError::Status(code) => *code >= 500,
        }
    })
}
// ANCHOR_END: is_worth_retrying
