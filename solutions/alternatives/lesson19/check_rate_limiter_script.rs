// Alternative: each limiter follows a script of instants and the answers expected there, walked with `sleep_until` (which the paused clock makes instant and exact).
// ANCHOR: check_rate_limiter
/// Two scripts for 3 permits per 10s: a burst at one instant, and permits
/// granted at 0s, 4s and 4s, which come back at 10s and 14s.
pub async fn check_rate_limiter(
    make: impl Fn(u32, Duration) -> Box<dyn RateLimiter>,
) -> anyhow::Result<()> {
    let burst: &[(u64, &[bool])] = &[(0, &[true, true, true, false])];
    let staggered: &[(u64, &[bool])] = &[
        (0, &[true]),
        (4_000, &[true, true, false]),
        (9_999, &[false]),
        (10_000, &[true, false]),
        (14_000, &[true, true, false]),
    ];
    for script in [burst, staggered] {
        let mut limiter = make(3, Duration::from_secs(10));
        let start = Instant::now();
        for &(at, answers) in script {
            tokio::time::sleep_until(start + Duration::from_millis(at)).await;
            for (n, &expected) in answers.iter().enumerate() {
                let got = limiter.try_acquire();
                ensure!(got == expected, "at {at}ms, request {} got {got}, not {expected}", n + 1);
            }
        }
    }
    Ok(())
}
// ANCHOR_END: check_rate_limiter
