// Alternative: waits for each item with `timeout_at` the next flush, instead of a `select!` against an interval.
// ANCHOR: batch_items
/// A timeout that fires is a flush; the next one is due a period later.
pub async fn batch_items(
    mut rx: mpsc::Receiver<u32>,
    size: usize,
    flush_every: Duration,
) -> Vec<Vec<u32>> {
    let mut batches = Vec::new();
    let mut batch = Vec::with_capacity(size);
    let mut next_flush = tokio::time::Instant::now() + flush_every;
    loop {
        match tokio::time::timeout_at(next_flush, rx.recv()).await {
            Ok(Some(item)) => {
                batch.push(item);
                if batch.len() == size {
                    batches.push(std::mem::take(&mut batch));
                }
            }
            Ok(None) => break,
            Err(_flush_due) => {
                if !batch.is_empty() {
                    batches.push(std::mem::take(&mut batch));
                }
                next_flush += flush_every;
            }
        }
    }
    if !batch.is_empty() {
        batches.push(batch);
    }
    batches
}
// ANCHOR_END: batch_items
