// Alternative: a script of steps (insert, or read with the answer expected), each at an instant, walked with `sleep_until`.
// ANCHOR: check_cache
/// One script for a 10s ttl.
pub async fn check_cache(make: impl Fn(Duration) -> Box<dyn Cache>) -> anyhow::Result<()> {
    enum Step {
        Insert(&'static str, u32),
        Get(&'static str, Option<u32>),
    }
    use Step::{Get, Insert};
    let script = [
        (0, Insert("a", 1)),
        (0, Get("a", Some(1))),
        (0, Get("b", None)),
        (4_000, Insert("b", 2)),
        (9_999, Get("a", Some(1))),
        (10_000, Get("a", None)),
        (10_000, Get("b", Some(2))),
        (10_000, Insert("b", 3)),
        (10_000, Get("b", Some(3))),
        (19_999, Get("b", Some(3))),
        (20_000, Get("b", None)),
    ];
    let mut cache = make(Duration::from_secs(10));
    let start = Instant::now();
    for (at, step) in script {
        tokio::time::sleep_until(start + Duration::from_millis(at)).await;
        match step {
            Insert(key, value) => cache.insert(key, value),
            Get(key, expected) => {
                let got = cache.get(key);
                ensure!(got == expected, "at {at}ms, get({key:?}) gave {got:?}, not {expected:?}");
            }
        }
    }
    Ok(())
}
// ANCHOR_END: check_cache
