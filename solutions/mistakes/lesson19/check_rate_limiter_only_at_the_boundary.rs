// Mistake: asks for a permit only at 0s, 4s and exactly at 10s, when the first comes back, never in between: a limiter that gives permits back 10% early (at 9s) passes, and so does one that counts each refused request as a permit.
// Expect: your check accepted a rate limiter that gives a permit back 10% early
// ANCHOR: check_rate_limiter
/// A burst; then permits at 0s and 4s, and the first back at exactly 10s.
pub async fn check_rate_limiter(
    make: impl Fn(u32, Duration) -> Box<dyn RateLimiter>,
) -> anyhow::Result<()> {
    let mut limiter = make(3, Duration::from_secs(10));
    for n in 1..=3 {
        ensure!(limiter.try_acquire(), "refused permit {n} of 3 at the start");
    }
    ensure!(!limiter.try_acquire(), "granted more than 3 permits at the start");

    let mut limiter = make(3, Duration::from_secs(10));
    ensure!(limiter.try_acquire(), "refused the first permit");
    advance(Duration::from_secs(4)).await;
    ensure!(limiter.try_acquire(), "refused the second permit, 4s later");
    ensure!(limiter.try_acquire(), "refused the third permit, 4s later");
    advance(Duration::from_secs(6)).await;
    ensure!(limiter.try_acquire(), "refused a permit when the first came back, at 10s");
    ensure!(!limiter.try_acquire(), "granted two permits at 10s, when only one came back");
    Ok(())
}
// ANCHOR_END: check_rate_limiter
