// Mistake: reads every entry it expects to find while the entry is young (4s of a 10s ttl at most), and after that only where it expects it gone: a cache whose entries expire at half the ttl passes.
// Expect: your check accepted a cache whose entries expire at half the ttl
// ANCHOR: check_cache
/// Each rule on its own: expiry at the ttl, reads, a second key, a second insert.
pub async fn check_cache(make: impl Fn(Duration) -> Box<dyn Cache>) -> anyhow::Result<()> {
    let mut cache = make(Duration::from_secs(10));
    cache.insert("a", 1);
    ensure!(cache.get("a") == Some(1), "lost a fresh entry");
    ensure!(cache.get("b").is_none(), "found a key never inserted");
    // 4s: "a" is there (a read must not extend it).
    advance(Duration::from_secs(4)).await;
    ensure!(cache.get("a") == Some(1), "lost an entry 4s old");
    // 8s: a second key.
    advance(Duration::from_secs(4)).await;
    cache.insert("b", 2);
    // 10s: "a" is gone, exactly at its ttl; "b" is not.
    advance(Duration::from_secs(2)).await;
    ensure!(cache.get("a").is_none(), "still returned an entry at its ttl");
    ensure!(cache.get("b") == Some(2), "lost an entry 2s old along with an older one");
    // 14s: "b" again, which starts its ttl again: there at 18s, after its first ttl.
    advance(Duration::from_secs(4)).await;
    cache.insert("b", 3);
    ensure!(cache.get("b") == Some(3), "kept the old value after a second insert");
    advance(Duration::from_secs(4)).await;
    ensure!(cache.get("b") == Some(3), "expired a re-inserted entry by its first insert's ttl");
    advance(Duration::from_secs(6)).await;
    ensure!(cache.get("b").is_none(), "kept a re-inserted entry past its ttl");
    Ok(())
}
// ANCHOR_END: check_cache
