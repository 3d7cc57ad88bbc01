// Mistake: reports what it finds with `println!`, as a quick script would, and returns `Ok(())` whatever it found, so it accepts every limiter.
// Expect: your check accepted a rate limiter
// ANCHOR: check_rate_limiter
/// Prints each permit the limiter grants or refuses.
pub async fn check_rate_limiter(
    make: impl Fn(u32, Duration) -> Box<dyn RateLimiter>,
) -> anyhow::Result<()> {
    let window = Duration::from_secs(10);
    let mut limiter = make(3, window);
    for n in 1..=4 {
        if limiter.try_acquire() != (n <= 3) {
            println!("permit {n}: wrong answer at the start");
        }
    }
    advance(window).await;
    if !limiter.try_acquire() {
        println!("no permit after the window");
    }
    Ok(())
}
// ANCHOR_END: check_rate_limiter
