// Mistake: looks a whole second before the ttl (9s of 10s) rather than just before it: a cache whose entries expire a millisecond early passes.
// Expect: your check accepted a cache whose entries expire 1ms before the ttl
// ANCHOR: check_cache
/// The reference's script, a second before each boundary.
pub async fn check_cache(make: impl Fn(Duration) -> Box<dyn Cache>) -> anyhow::Result<()> {
    let secs = Duration::from_secs;
    let mut cache = make(secs(10));
    cache.insert("a", 1);
    ensure!(cache.get("a") == Some(1), "lost a fresh entry");
    ensure!(cache.get("b").is_none(), "found a key never inserted");
    advance(secs(4)).await;
    cache.insert("b", 2);
    advance(secs(5)).await;
    ensure!(cache.get("a") == Some(1), "lost an entry before its ttl");
    advance(secs(1)).await;
    ensure!(cache.get("a").is_none(), "still returned an entry exactly at its ttl");
    ensure!(cache.get("b") == Some(2), "lost an entry inserted 6s ago along with an older one");
    cache.insert("b", 3);
    ensure!(cache.get("b") == Some(3), "kept the old value after a second insert");
    advance(secs(9)).await;
    ensure!(cache.get("b") == Some(3), "expired a re-inserted entry by its first insert's ttl");
    advance(secs(1)).await;
    ensure!(cache.get("b").is_none(), "kept a re-inserted entry past its ttl");
    Ok(())
}
// ANCHOR_END: check_cache
