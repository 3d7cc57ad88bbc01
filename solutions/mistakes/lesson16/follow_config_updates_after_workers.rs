// Mistake: awaits the workers first and applies the updates afterwards, one step after the other, so no worker ever sees an update.
// Expect: returned the wrong value
// ANCHOR: follow_config
/// The updates come once the workers are done.
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
    let used = join_all(handles).await;
    for (at, value) in updates {
        sleep_until(started + at).await;
        config.send_replace(value);
    }
    used.into_iter().map(|used| used.expect("a worker panicked")).collect()
}
// ANCHOR_END: follow_config
