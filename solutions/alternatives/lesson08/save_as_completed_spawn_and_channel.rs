// Alternative: each spawned fetch sends its name on an `mpsc` channel, and the loop saves names as they come off it.
// ANCHOR: save_as_completed
/// A channel in place of a `JoinSet`: the tasks run on while the loop saves.
pub async fn save_as_completed(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    let started = Instant::now();
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let mut set = JoinSet::new();
    for (name, units) in requests {
        let tx = tx.clone();
        set.spawn(async move {
            let _ = tx.send(fetch(name, units).await);
        });
    }
    // Only the tasks hold senders now, so the channel closes when the last one ends.
    drop(tx);
    let mut arrivals = Vec::new();
    while let Some(name) = rx.recv().await {
        arrivals.push((name, started.elapsed()));
        save(name).await;
    }
    set.join_all().await;
    arrivals
}
// ANCHOR_END: save_as_completed
