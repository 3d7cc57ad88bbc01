// Mistake: its own expectation is off by one instant: it expects the entry still there exactly `ttl` after the insert (`<=` where the spec says gone from that instant on), so it rejects the correct cache.
// Expect: your check rejected the correct cache
// ANCHOR: check_cache
/// The entry lasts through its ttl, and is gone after it.
pub async fn check_cache(make: impl Fn(Duration) -> Box<dyn Cache>) -> anyhow::Result<()> {
    let ttl = Duration::from_secs(10);
    let mut cache = make(ttl);
    cache.insert("a", 1);
    advance(ttl).await;
    ensure!(cache.get("a") == Some(1), "lost an entry at its ttl");
    advance(Duration::from_millis(1)).await;
    ensure!(cache.get("a").is_none(), "kept an entry past its ttl");
    Ok(())
}
// ANCHOR_END: check_cache
