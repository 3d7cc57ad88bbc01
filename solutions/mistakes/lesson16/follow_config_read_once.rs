// Mistake: each worker reads the configuration once, when it starts, and keeps that copy: later updates never reach it.
// Expect: returned the wrong value
// ANCHOR: follow_config
/// The value is read once per worker.
pub async fn follow_config(
    workers: usize,
    requests: u32,
    updates: Vec<(Duration, u32)>,
) -> Vec<Vec<u32>> {
    use tokio::sync::watch;

    let started = Instant::now();
    let (config, _) = watch::channel(FIRST_CONFIG);
    let handles: Vec<_> = (1..=workers)
        .map(|worker| {
            let now = *config.borrow();
            tokio::spawn(async move {
                let mut used = Vec::new();
                for _ in 0..requests {
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
