// Alternative: the configuration in an `Arc<std::sync::Mutex<u32>>`, read before each request; fine for a value nobody needs to wait for.
// ANCHOR: follow_config
/// A shared value behind a lock.
pub async fn follow_config(
    workers: usize,
    requests: u32,
    updates: Vec<(Duration, u32)>,
) -> Vec<Vec<u32>> {
    let started = Instant::now();
    let config = Arc::new(std::sync::Mutex::new(FIRST_CONFIG));
    let handles: Vec<_> = (1..=workers)
        .map(|worker| {
            let config = Arc::clone(&config);
            tokio::spawn(async move {
                let mut used = Vec::new();
                for _ in 0..requests {
                    let now = *config.lock().expect("poisoned");
                    handle(worker, now).await;
                    used.push(now);
                }
                used
            })
        })
        .collect();
    for (at, value) in updates {
        sleep_until(started + at).await;
        *config.lock().expect("poisoned") = value;
    }
    let used = join_all(handles).await;
    used.into_iter().map(|used| used.expect("a worker panicked")).collect()
}
// ANCHOR_END: follow_config
