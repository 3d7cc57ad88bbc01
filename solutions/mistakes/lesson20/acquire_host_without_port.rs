// Mistake: keys the semaphores by the URL's host name without its port (`Url::host_str`), so two servers on one machine, `127.0.0.1:8080` and `127.0.0.1:8081`, share one limit where `host_of` makes them two hosts.
// Expect: differs from the reference solution in
// ANCHOR: acquire
/// A semaphore per host name.
pub async fn acquire(limits: &Limits, url: &str) -> Permit {
    let name = reqwest::Url::parse(url)
        .ok()
        .and_then(|parsed| parsed.host_str().map(str::to_string))
        .unwrap_or_else(|| url.to_string());
    let host = {
        let mut hosts = limits.hosts.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let semaphore = hosts
            .entry(name)
            .or_insert_with(|| std::sync::Arc::new(tokio::sync::Semaphore::new(limits.per_host)));
        std::sync::Arc::clone(semaphore)
    };
    let host = host.acquire_owned().await.expect("the semaphores are never closed");
    let total = std::sync::Arc::clone(&limits.total).acquire_owned().await.expect("never closed");
    Permit { host, total }
}
// ANCHOR_END: acquire
