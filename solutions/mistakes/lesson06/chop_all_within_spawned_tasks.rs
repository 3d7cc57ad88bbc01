// Mistake: spawns every chop and puts the timeout around `join_all` of their handles, so at the deadline the handles are dropped and the tasks go on.
// Expect: Leak:
// ANCHOR: chop_all_within
/// Times out the gathering of spawned chops.
pub async fn chop_all_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Result<Vec<&'static str>, Elapsed> {
    let handles: Vec<_> = vegetables
        .into_iter()
        .map(|(vegetable, units)| tokio::spawn(chop(vegetable, units)))
        .collect();
    let joined = timeout(limit, join_all(handles)).await?;
    Ok(joined.into_iter().map(|name| name.expect("chopping never panics")).collect())
}
// ANCHOR_END: chop_all_within
