// Alternative: runs each attempt in a `JoinSet` and computes the pause from the failure count, `first_pause * 2^(failures - 1)`.
// ANCHOR: supervise
/// The pause computed from the count.
pub async fn supervise(
    worker: Worker,
    max_failures: usize,
    first_pause: Duration,
) -> Result<u32, GaveUp> {
    for failures in 1.. {
        let mut attempt = JoinSet::new();
        attempt.spawn(worker.run());
        match attempt.join_next().await {
            Some(Ok(value)) => return Ok(value),
            _ if failures >= max_failures => return Err(GaveUp { failures }),
            _ => sleep(first_pause * 2u32.pow(failures as u32 - 1)).await,
        }
    }
    unreachable!("the loop returns")
}
// ANCHOR_END: supervise
