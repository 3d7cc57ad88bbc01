// Mistake: looks a whole second before the first permit comes back (9s of a 10s window) rather than just before: a limiter that gives a permit back a millisecond early passes.
// Expect: your check accepted a rate limiter that gives a permit back 1ms before the window ends
// ANCHOR: check_rate_limiter
/// A burst, then permits at 0s and 4s, looked at in whole seconds.
pub async fn check_rate_limiter(
    make: impl Fn(u32, Duration) -> Box<dyn RateLimiter>,
) -> anyhow::Result<()> {
    let secs = Duration::from_secs;
    let mut limiter = make(3, secs(10));
    for n in 1..=3 {
        ensure!(limiter.try_acquire(), "refused permit {n} of 3 at the start");
    }
    ensure!(!limiter.try_acquire(), "granted more than 3 permits at the start");

    let mut limiter = make(3, secs(10));
    ensure!(limiter.try_acquire(), "refused the first permit");
    advance(secs(4)).await;
    ensure!(limiter.try_acquire(), "refused the second permit, 4s later");
    ensure!(limiter.try_acquire(), "refused the third permit, 4s later");
    ensure!(!limiter.try_acquire(), "granted a fourth permit at 4s");
    advance(secs(5)).await;
    ensure!(!limiter.try_acquire(), "granted a permit at 9s, before the first one came back");
    advance(secs(1)).await;
    ensure!(limiter.try_acquire(), "refused a permit at 10s");
    ensure!(!limiter.try_acquire(), "granted two permits at 10s");
    advance(secs(4)).await;
    ensure!(limiter.try_acquire(), "refused a permit at 14s");
    ensure!(limiter.try_acquire(), "refused a second permit at 14s");
    ensure!(!limiter.try_acquire(), "granted a third permit at 14s");
    Ok(())
}
// ANCHOR_END: check_rate_limiter
