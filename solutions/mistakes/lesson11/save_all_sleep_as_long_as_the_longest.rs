// Mistake: keeps the tasks unawaited and sleeps as long as the longest save instead, so the saves end at the very instant the function returns, not before.
// Expect: Leak:
// ANCHOR: save_all
/// Waits as long as the slowest save should take.
pub async fn save_all(documents: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    let longest = documents.iter().map(|(_, units)| *units).max().unwrap_or(0);
    let mut saved = Vec::new();
    for (name, units) in documents {
        tokio::spawn(save(name, units));
        saved.push(name);
    }
    tokio::time::sleep(std::time::Duration::from_secs(longest)).await;
    saved
}
// ANCHOR_END: save_all
