// Mistake: waits for the window with `std::thread::sleep`, as a Python test would `time.sleep` through it, with a short window to keep it quick; the thread blocks and the paused clock does not move.
// Expect: Blocking:
// ANCHOR: check_rate_limiter
/// Exhausts the limiter, sleeps through a short window, and asks again.
pub async fn check_rate_limiter(
    make: impl Fn(u32, Duration) -> Box<dyn RateLimiter>,
) -> anyhow::Result<()> {
    let window = Duration::from_millis(1500);
    let mut limiter = make(3, window);
    for n in 1..=3 {
        ensure!(limiter.try_acquire(), "refused permit {n}");
    }
    ensure!(!limiter.try_acquire(), "granted a fourth permit");
    std::thread::sleep(window);
    ensure!(limiter.try_acquire(), "refused a permit after the window");
    Ok(())
}
// ANCHOR_END: check_rate_limiter
