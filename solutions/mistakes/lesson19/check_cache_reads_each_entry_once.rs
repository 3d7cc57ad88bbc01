// Mistake: reads each entry only once while it should be there, just before its ttl: a cache in which a read takes the entry out (`remove` for `get`) passes, since nothing reads it a second time.
// Expect: your check accepted a cache in which reading an entry removes it
// ANCHOR: check_cache
/// Each entry read once before its ttl and once at it.
pub async fn check_cache(make: impl Fn(Duration) -> Box<dyn Cache>) -> anyhow::Result<()> {
    let mut cache = make(Duration::from_secs(10));
    cache.insert("a", 1);
    ensure!(cache.get("b").is_none(), "found a key never inserted");
    advance(Duration::from_secs(4)).await;
    cache.insert("b", 2);
    advance(Duration::from_millis(5_999)).await;
    ensure!(cache.get("a") == Some(1), "lost an entry 1ms before its ttl");
    advance(Duration::from_millis(1)).await;
    ensure!(cache.get("a").is_none(), "still returned an entry exactly at its ttl");
    ensure!(cache.get("b") == Some(2), "lost an entry inserted 6s ago along with an older one");
    cache.insert("b", 3);
    advance(Duration::from_millis(9_999)).await;
    ensure!(cache.get("b") == Some(3), "lost a re-inserted entry before its new ttl");
    advance(Duration::from_millis(1)).await;
    ensure!(cache.get("b").is_none(), "kept a re-inserted entry past its ttl");
    Ok(())
}
// ANCHOR_END: check_cache
