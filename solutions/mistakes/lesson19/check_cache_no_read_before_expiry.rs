// Mistake: never reads an entry before it expires, only after, so nothing says whether a read starts its ttl again: a cache where reading extends an entry passes.
// Expect: your check accepted a cache in which reading an entry starts its ttl again
// ANCHOR: check_cache
/// Two keys, each gone exactly at its ttl.
pub async fn check_cache(make: impl Fn(Duration) -> Box<dyn Cache>) -> anyhow::Result<()> {
    let mut cache = make(Duration::from_secs(10));
    cache.insert("a", 1);
    advance(Duration::from_secs(4)).await;
    cache.insert("b", 2);
    advance(Duration::from_secs(6)).await;
    ensure!(cache.get("a").is_none(), "still returned an entry at its ttl");
    advance(Duration::from_secs(4)).await;
    ensure!(cache.get("b").is_none(), "still returned an entry at its ttl");
    Ok(())
}
// ANCHOR_END: check_cache
