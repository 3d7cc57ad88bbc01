// Mistake: takes the total permit first and then waits for the host, so a request queued behind a busy host sits on a total permit another host could use.
// Expect: must not hold one of the 2 total permits while it waits
// ANCHOR: acquire
/// Total first, then the host.
pub async fn acquire(limits: &Limits, url: &str) -> Permit {
    let total =
        std::sync::Arc::clone(&limits.total).acquire_owned().await.expect("never closed");
    let host = {
        let mut hosts = limits.hosts.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let semaphore = hosts
            .entry(host_of(url))
            .or_insert_with(|| std::sync::Arc::new(tokio::sync::Semaphore::new(limits.per_host)));
        std::sync::Arc::clone(semaphore)
    };
    let host = host.acquire_owned().await.expect("the semaphores are never closed");
    Permit { host, total }
}
// ANCHOR_END: acquire
