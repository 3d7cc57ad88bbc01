// Mistake: its own expectation is off by one instant: it expects the permit still to be in use exactly `window` after it was granted (`>` where the spec says from that instant on), so it rejects the correct limiter.
// Expect: your check rejected the correct rate limiter
// ANCHOR: check_rate_limiter
/// The limit, and a permit that is back only after the window.
pub async fn check_rate_limiter(
    make: impl Fn(u32, Duration) -> Box<dyn RateLimiter>,
) -> anyhow::Result<()> {
    let window = Duration::from_secs(10);
    let mut limiter = make(3, window);
    for n in 1..=3 {
        ensure!(limiter.try_acquire(), "refused permit {n}");
    }
    ensure!(!limiter.try_acquire(), "granted a fourth permit");
    advance(window).await;
    ensure!(!limiter.try_acquire(), "granted a permit exactly at the end of the window");
    advance(Duration::from_millis(1)).await;
    ensure!(limiter.try_acquire(), "refused a permit after the window");
    Ok(())
}
// ANCHOR_END: check_rate_limiter
