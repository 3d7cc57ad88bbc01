// Mistake: waits for a change (`changed().await`) before every request, like `await event.wait(); event.clear()`: a worker stands idle until an update comes, and with no update it never starts.
// Expect: Hung:
// ANCHOR: follow_config
/// Every request waits for a new value.
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
            let mut latest = config.subscribe();
            tokio::spawn(async move {
                let mut used = Vec::new();
                for _ in 0..requests {
                    let _ = latest.changed().await;
                    let now = *latest.borrow_and_update();
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
