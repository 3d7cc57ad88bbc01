// Mistake: grants every permit at one instant, so all of them come back together: a limiter that counts in fixed windows, or frees every permit with the oldest, behaves the same on this input.
// Expect: your check accepted a rate limiter that counts in fixed windows
// ANCHOR: check_rate_limiter
/// A burst, the limit, and the next burst exactly a window later.
pub async fn check_rate_limiter(
    make: impl Fn(u32, Duration) -> Box<dyn RateLimiter>,
) -> anyhow::Result<()> {
    let window = Duration::from_secs(10);
    let mut limiter = make(3, window);
    for round in 1..=2 {
        for n in 1..=3 {
            ensure!(limiter.try_acquire(), "refused permit {n} of burst {round}");
        }
        ensure!(!limiter.try_acquire(), "granted a fourth permit in burst {round}");
        advance(Duration::from_millis(9_999)).await;
        ensure!(!limiter.try_acquire(), "granted a permit before the window was over");
        advance(Duration::from_millis(1)).await;
    }
    Ok(())
}
// ANCHOR_END: check_rate_limiter
