// Alternative: a `select!` between `&mut handle` and a sleep instead of `timeout`, then abort and await.
// ANCHOR: chop_in_task_within
/// The handle is borrowed by the race, so it is still there to abort.
pub async fn chop_in_task_within(
    vegetable: &'static str,
    units: u64,
    limit: Duration,
) -> Result<&'static str, TimedOut> {
    let mut handle = tokio::spawn(chop(vegetable, units));
    tokio::select! {
        joined = &mut handle => Ok(joined.expect("chopping never panics")),
        () = tokio::time::sleep(limit) => {
            handle.abort();
            let _cancelled = handle.await;
            Err(TimedOut(vegetable))
        }
    }
}
// ANCHOR_END: chop_in_task_within
