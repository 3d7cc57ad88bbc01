// Mistake: lets the ttl pass with `std::thread::sleep` and a short ttl, as a Python test would `time.sleep`; the thread blocks, and on the paused clock the entry never ages.
// Expect: Blocking:
// ANCHOR: check_cache
/// A short ttl, slept through.
pub async fn check_cache(make: impl Fn(Duration) -> Box<dyn Cache>) -> anyhow::Result<()> {
    let ttl = Duration::from_millis(1200);
    let mut cache = make(ttl);
    cache.insert("a", 1);
    ensure!(cache.get("a") == Some(1), "lost a fresh entry");
    std::thread::sleep(ttl + Duration::from_millis(100));
    ensure!(cache.get("a").is_none(), "kept an entry past its ttl");
    Ok(())
}
// ANCHOR_END: check_cache
