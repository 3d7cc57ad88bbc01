//! Lesson 12, solved: a concurrent status checker.

pub use given::lesson12::{Client, FIRST_RETRY_PAUSE, TIME_LIMIT, TestServer, UNIT};

// ANCHOR: fetch_status
/// `send` resolves once the status line and headers are in; the body is
/// never read, and dropping the response closes what is left of it.
pub async fn fetch_status(client: &Client, url: &str) -> (u16, String) {
    let status = match tokio::time::timeout(TIME_LIMIT, client.get(url).send()).await {
        Ok(Ok(response)) => response.status().as_u16(),
        // A malformed URL, a refused or dropped connection, or no answer in time.
        Ok(Err(_)) | Err(_) => 0,
    };
    (status, url.to_string())
}
// ANCHOR_END: fetch_status

// ANCHOR: check_all
/// One client and one semaphore, borrowed by every check; `join_all` keeps
/// the order of `urls`.
pub async fn check_all(urls: Vec<String>, at_most: usize) -> Vec<(u16, String)> {
    // The client owns a pool of open connections: made once, it reuses them.
    let client = Client::new();
    let semaphore = tokio::sync::Semaphore::new(at_most);
    let (client, semaphore) = (&client, &semaphore);
    futures::future::join_all(urls.iter().map(|url| async move {
        // Taken before the request, so the time limit counts from the
        // moment the request is sent, not from when it started to wait.
        let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
        fetch_status(client, url).await
    }))
    .await
}
// ANCHOR_END: check_all

// ANCHOR: fetch_with_retry
/// Only an answer that may change is worth another try: none at all (0), or
/// a server error. The pause doubles, so a struggling server gets room.
pub async fn fetch_with_retry(client: &Client, url: &str, attempts: u32) -> (u16, String) {
    let mut pause = FIRST_RETRY_PAUSE;
    let mut attempt = 1;
    loop {
        let (status, url) = fetch_status(client, url).await;
        let worth_retrying = status == 0 || (500..600).contains(&status);
        if !worth_retrying || attempt >= attempts {
            return (status, url);
        }
        tokio::time::sleep(pause).await;
        pause *= 2;
        attempt += 1;
    }
}
// ANCHOR_END: fetch_with_retry
