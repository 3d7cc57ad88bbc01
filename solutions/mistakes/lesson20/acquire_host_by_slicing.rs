// Mistake: takes the host to be the text between `//` and the next `/`, not what `host_of` gives: `http://one.test:80/c` then seems another host than `http://one.test/a`, though port 80 is where `http://` goes anyway, and each gets a limit of its own.
// Expect: differs from the reference solution in
// ANCHOR: acquire
/// The host is the URL's text up to the path.
pub async fn acquire(limits: &Limits, url: &str) -> Permit {
    let name = url.split('/').nth(2).unwrap_or(url).to_string();
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
