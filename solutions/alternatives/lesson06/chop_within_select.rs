// Alternative: a `biased` `select!` between the chopping and a sleep, instead of `timeout`; the chopping comes first, so a vegetable done at the very instant of the limit is in time.
// ANCHOR: chop_within
/// The losing branch is dropped: at the limit, that is the chopping.
pub async fn chop_within(
    vegetable: &'static str,
    units: u64,
    limit: Duration,
) -> Result<&'static str, TimedOut> {
    tokio::select! {
        biased;
        name = chop(vegetable, units) => Ok(name),
        () = tokio::time::sleep(limit) => Err(TimedOut(vegetable)),
    }
}
// ANCHOR_END: chop_within
