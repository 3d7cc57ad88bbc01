// Mistake: loops `for attempt in 0..attempts`, so with `attempts` 0 it never sends a request and reports 0.
// Expect: at least one try
// ANCHOR: fetch_with_retry
/// Exactly `attempts` tries, however many that is.
pub async fn fetch_with_retry(client: &Client, url: &str, attempts: u32) -> (u16, String) {
    let mut pause = FIRST_RETRY_PAUSE;
    let mut last = (0, url.to_string());
    for attempt in 0..attempts {
        if attempt > 0 {
            tokio::time::sleep(pause).await;
            pause *= 2;
        }
        last = fetch_status(client, url).await;
        let worth_retrying = last.0 == 0 || (500..600).contains(&last.0);
        if !worth_retrying {
            break;
        }
    }
    last
}
// ANCHOR_END: fetch_with_retry
