// Mistake: keys the semaphores by the whole URL instead of its host, so every page gets a semaphore of its own and a host gets any number of requests.
// Expect: at most 2 at once to one.test
// ANCHOR: acquire
/// A semaphore per URL.
pub async fn acquire(limits: &Limits, url: &str) -> Permit {
    let host = {
        let mut hosts = limits.hosts.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let semaphore = hosts
            .entry(url.to_string())
            .or_insert_with(|| std::sync::Arc::new(tokio::sync::Semaphore::new(limits.per_host)));
        std::sync::Arc::clone(semaphore)
    };
    let host = host.acquire_owned().await.expect("the semaphores are never closed");
    let total =
        std::sync::Arc::clone(&limits.total).acquire_owned().await.expect("never closed");
    Permit { host, total }
}
// ANCHOR_END: acquire
