// Mistake: asserts that a permit comes back after the window without moving the clock: it reads the deadline but never advances to it, so on the paused clock no time passes and the correct limiter still refuses.
// Expect: your check rejected the correct rate limiter
// ANCHOR: check_rate_limiter
/// Exhausts the limiter, and expects a permit once the window is over.
pub async fn check_rate_limiter(
    make: impl Fn(u32, Duration) -> Box<dyn RateLimiter>,
) -> anyhow::Result<()> {
    let window = Duration::from_secs(10);
    let mut limiter = make(3, window);
    for n in 1..=3 {
        ensure!(limiter.try_acquire(), "refused permit {n}");
    }
    ensure!(!limiter.try_acquire(), "granted a fourth permit");
    let deadline = Instant::now() + window;
    // The window is over by `deadline`...
    let _ = deadline;
    ensure!(limiter.try_acquire(), "refused a permit once the window was over");
    Ok(())
}
// ANCHOR_END: check_rate_limiter
