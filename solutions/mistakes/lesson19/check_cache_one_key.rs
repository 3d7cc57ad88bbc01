// Mistake: tests with one key only, so nothing says whether entries expire each on its own: a cache that drops everything when the oldest entry expires passes.
// Expect: your check accepted a cache that drops every entry when the oldest one expires
// ANCHOR: check_cache
/// One key: fresh, there before its ttl, gone at it, and back after an insert.
pub async fn check_cache(make: impl Fn(Duration) -> Box<dyn Cache>) -> anyhow::Result<()> {
    let ttl = Duration::from_secs(10);
    let mut cache = make(ttl);
    cache.insert("a", 1);
    ensure!(cache.get("a") == Some(1), "lost a fresh entry");
    advance(ttl - Duration::from_millis(1)).await;
    ensure!(cache.get("a") == Some(1), "lost an entry before its ttl");
    advance(Duration::from_millis(1)).await;
    ensure!(cache.get("a").is_none(), "still returned an entry at its ttl");
    cache.insert("a", 2);
    advance(ttl - Duration::from_millis(1)).await;
    ensure!(cache.get("a") == Some(2), "lost a re-inserted entry before its ttl");
    advance(Duration::from_millis(1)).await;
    ensure!(cache.get("a").is_none(), "kept a re-inserted entry past its ttl");
    Ok(())
}
// ANCHOR_END: check_cache
