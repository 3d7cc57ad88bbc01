// Mistake: returns at once when there are no workers, as if the updates mattered only to someone reading them: the configuration is never updated, and the function returns before the updates' time.
// Expect: differs from the reference solution
// ANCHOR: follow_config
/// Returns at once without workers; otherwise as the reference.
pub async fn follow_config(
    workers: usize,
    requests: u32,
    updates: Vec<(Duration, u32)>,
) -> Vec<Vec<u32>> {
    use tokio::sync::watch;

    if workers == 0 {
        return Vec::new();
    }
    let started = Instant::now();
    let (config, _) = watch::channel(FIRST_CONFIG);
    let handles: Vec<_> = (1..=workers)
        .map(|worker| {
            let latest = config.subscribe();
            tokio::spawn(async move {
                let mut used = Vec::new();
                for _ in 0..requests {
                    let now = *latest.borrow();
                    handle(worker, now).await;
                    used.push(now);
                }
                used
            })
        })
        .collect();
    for (at, value) in updates {
        sleep_until(started + at).await;
        config.send_replace(value);
    }
    let used = join_all(handles).await;
    used.into_iter().map(|used| used.expect("a worker panicked")).collect()
}
// ANCHOR_END: follow_config
