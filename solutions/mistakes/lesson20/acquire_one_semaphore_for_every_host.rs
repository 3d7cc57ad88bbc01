// Mistake: one semaphore of `per_host` permits shared by all hosts, so a busy host holds up the others.
// Expect: while two.test has its own 2
// ANCHOR: acquire
/// One "per host" semaphore for everybody.
pub async fn acquire(limits: &Limits, url: &str) -> Permit {
    let _ = host_of(url);
    let host = {
        let mut hosts = limits.hosts.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let semaphore = hosts
            .entry("every host".to_string())
            .or_insert_with(|| std::sync::Arc::new(tokio::sync::Semaphore::new(limits.per_host)));
        std::sync::Arc::clone(semaphore)
    };
    let host = host.acquire_owned().await.expect("the semaphores are never closed");
    let total =
        std::sync::Arc::clone(&limits.total).acquire_owned().await.expect("never closed");
    Permit { host, total }
}
// ANCHOR_END: acquire
