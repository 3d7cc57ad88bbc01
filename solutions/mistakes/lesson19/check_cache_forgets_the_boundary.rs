// Mistake: checks expiry a second after the ttl, never at it: a cache that still returns the entry exactly at its ttl passes.
// Expect: your check accepted a cache that still returns an entry exactly `ttl` after it was inserted
// ANCHOR: check_cache
/// Fresh, still there before the ttl, gone after it; a second key on its own clock.
pub async fn check_cache(make: impl Fn(Duration) -> Box<dyn Cache>) -> anyhow::Result<()> {
    let mut cache = make(Duration::from_secs(10));
    cache.insert("a", 1);
    ensure!(cache.get("a") == Some(1), "lost a fresh entry");
    advance(Duration::from_secs(4)).await;
    cache.insert("b", 2);
    advance(Duration::from_secs(5)).await;
    ensure!(cache.get("a") == Some(1), "lost an entry before its ttl");
    advance(Duration::from_secs(2)).await;
    ensure!(cache.get("a").is_none(), "kept an entry past its ttl");
    ensure!(cache.get("b") == Some(2), "lost an entry before its ttl");
    cache.insert("b", 3);
    advance(Duration::from_secs(9)).await;
    ensure!(cache.get("b") == Some(3), "lost a re-inserted entry");
    advance(Duration::from_secs(2)).await;
    ensure!(cache.get("b").is_none(), "kept a re-inserted entry past its ttl");
    Ok(())
}
// ANCHOR_END: check_cache
