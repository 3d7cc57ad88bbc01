// Mistake: makes a new host semaphore on every call and never keeps it, so no two requests ever share one.
// Expect: at most 2 at once to one.test
// ANCHOR: acquire
/// A fresh host semaphore per request.
pub async fn acquire(limits: &Limits, url: &str) -> Permit {
    let _ = host_of(url);
    let host = std::sync::Arc::new(tokio::sync::Semaphore::new(limits.per_host));
    let host = host.acquire_owned().await.expect("the semaphores are never closed");
    let total =
        std::sync::Arc::clone(&limits.total).acquire_owned().await.expect("never closed");
    Permit { host, total }
}
// ANCHOR_END: acquire
