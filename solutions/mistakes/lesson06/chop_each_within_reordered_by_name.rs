// Mistake: collects the outcomes as they come and puts them back in the order given by looking each vegetable up by name, which mixes up two vegetables of the same name.
// Expect: differs from the reference solution in
// ANCHOR: chop_each_within
/// Done order first, then the order given, found by name.
pub async fn chop_each_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Vec<Result<&'static str, TimedOut>> {
    use futures::StreamExt;
    let chops: futures::stream::FuturesUnordered<_> = vegetables
        .iter()
        .map(|&(vegetable, units)| chop_within(vegetable, units, limit))
        .collect();
    let mut done: Vec<Result<&'static str, TimedOut>> = chops.collect().await;
    let mut in_order = Vec::with_capacity(done.len());
    for (vegetable, _) in vegetables {
        let place = done
            .iter()
            .position(|outcome| match outcome {
                Ok(name) | Err(TimedOut(name)) => *name == vegetable,
            })
            .expect("every vegetable has an outcome");
        in_order.push(done.remove(place));
    }
    in_order
}
// ANCHOR_END: chop_each_within
