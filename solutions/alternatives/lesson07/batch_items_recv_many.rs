// Alternative: takes whatever items are waiting with `recv_many`, up to the room left in the batch.
// ANCHOR: batch_items
/// `recv_many` is cancellation safe, like `recv`.
pub async fn batch_items(
    mut rx: mpsc::Receiver<u32>,
    size: usize,
    flush_every: Duration,
) -> Vec<Vec<u32>> {
    let mut batches = Vec::new();
    let mut batch = Vec::with_capacity(size);
    let start = tokio::time::Instant::now();
    let mut flushes = tokio::time::interval_at(start + flush_every, flush_every);
    loop {
        let room = size - batch.len();
        tokio::select! {
            taken = rx.recv_many(&mut batch, room) => {
                if taken == 0 {
                    break;
                }
                if batch.len() == size {
                    batches.push(std::mem::take(&mut batch));
                }
            }
            _ = flushes.tick() => {
                if !batch.is_empty() {
                    batches.push(std::mem::take(&mut batch));
                }
            }
        }
    }
    if !batch.is_empty() {
        batches.push(batch);
    }
    batches
}
// ANCHOR_END: batch_items
