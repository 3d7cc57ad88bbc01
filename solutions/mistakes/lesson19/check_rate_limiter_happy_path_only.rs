// Mistake: tests only the happy path: the first `limit` permits are granted, and one is granted again after the window; it never asks for one permit more than the limit.
// Expect: your check accepted a rate limiter that lets a burst of `limit + 1` through
// ANCHOR: check_rate_limiter
/// The permits are granted, and granted again later.
pub async fn check_rate_limiter(
    make: impl Fn(u32, Duration) -> Box<dyn RateLimiter>,
) -> anyhow::Result<()> {
    let window = Duration::from_secs(10);
    let mut limiter = make(3, window);
    for n in 1..=3 {
        ensure!(limiter.try_acquire(), "refused permit {n}");
    }
    advance(window).await;
    ensure!(limiter.try_acquire(), "refused a permit after the window");
    Ok(())
}
// ANCHOR_END: check_rate_limiter
