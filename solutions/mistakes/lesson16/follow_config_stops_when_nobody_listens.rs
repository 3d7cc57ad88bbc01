// Mistake: applies each update with `send` and stops at the first one that fails because every worker is done: the later updates are never applied, and the function returns at that update's time instead of the last one's.
// Expect: differs from the reference solution
// ANCHOR: follow_config
/// Stops applying updates once no worker listens.
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
    for (at, value) in updates {
        sleep_until(started + at).await;
        if config.send(value).is_err() {
            break;
        }
    }
    let used = join_all(handles).await;
    used.into_iter().map(|used| used.expect("a worker panicked")).collect()
}
// ANCHOR_END: follow_config
