// Mistake: classifies by the text of the whole chain (`{:#}`): it finds the timeout under context, but also calls a 404 retryable when some context happens to say "timed out".
// Expect: returned the wrong value
// Expect: no for each
// ANCHOR: is_worth_retrying
/// Looks for the words of a retryable failure anywhere in the chain.
pub fn is_worth_retrying(error: &anyhow::Error) -> bool {
    let chain = format!("{error:#}");
    chain.contains("timed out") || chain.contains("server answered 5")
}
// ANCHOR_END: is_worth_retrying
