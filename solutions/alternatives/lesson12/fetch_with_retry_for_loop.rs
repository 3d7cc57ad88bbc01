// Alternative: a `for` loop over the try numbers that computes each pause as FIRST_RETRY_PAUSE times a power of two.
// ANCHOR: fetch_with_retry
/// Try `n` (from 0) waits `FIRST_RETRY_PAUSE * 2^(n - 1)` before it starts.
pub async fn fetch_with_retry(client: &Client, url: &str, attempts: u32) -> (u16, String) {
    let tries = attempts.max(1);
    let mut result = (0, url.to_string());
    for number in 0..tries {
        if number > 0 {
            tokio::time::sleep(FIRST_RETRY_PAUSE * 2_u32.pow(number - 1)).await;
        }
        result = fetch_status(client, url).await;
        if result.0 != 0 && !(500..600).contains(&result.0) {
            break;
        }
    }
    result
}
// ANCHOR_END: fetch_with_retry
