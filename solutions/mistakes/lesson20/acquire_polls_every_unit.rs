// Mistake: asks both semaphores with `try_acquire_owned` and, when either is full, gives back what it got and looks again a unit later, as a loop with `asyncio.sleep(1)` would: a permit freed between two looks waits for the next one, and a request that asked later may get it first.
// Expect: differs from the reference solution in
// ANCHOR: acquire
/// Look, and look again a unit later.
pub async fn acquire(limits: &Limits, url: &str) -> Permit {
    let host = {
        let mut hosts = limits.hosts.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let semaphore = hosts
            .entry(host_of(url))
            .or_insert_with(|| std::sync::Arc::new(tokio::sync::Semaphore::new(limits.per_host)));
        std::sync::Arc::clone(semaphore)
    };
    loop {
        if let Ok(host) = std::sync::Arc::clone(&host).try_acquire_owned() {
            if let Ok(total) = std::sync::Arc::clone(&limits.total).try_acquire_owned() {
                return Permit { host, total };
            }
        }
        tokio::time::sleep(UNIT).await;
    }
}
// ANCHOR_END: acquire
