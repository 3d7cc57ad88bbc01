// Mistake: chops to the end and only then compares the time it took with the limit, so nothing is ever cancelled.
// Expect: did not run its work as expected
// ANCHOR: chop_within
/// Times the chopping and calls it late afterwards.
pub async fn chop_within(
    vegetable: &'static str,
    units: u64,
    limit: Duration,
) -> Result<&'static str, TimedOut> {
    use tokio::time::Instant;

    let start = Instant::now();
    let name = chop(vegetable, units).await;
    if start.elapsed() > limit { Err(TimedOut(vegetable)) } else { Ok(name) }
}
// ANCHOR_END: chop_within
