// Mistake: races the given `read_batch` against the flush timer in `select!`, so the items a dropped `read_batch` was holding are lost.
// Expect: lose no item
// ANCHOR: batch_items
/// Reads whole batches, and flushes at each tick what the last read returned.
pub async fn batch_items(
    mut rx: mpsc::Receiver<u32>,
    size: usize,
    flush_every: Duration,
) -> Vec<Vec<u32>> {
    let mut batches = Vec::new();
    let start = tokio::time::Instant::now();
    let mut flushes = tokio::time::interval_at(start + flush_every, flush_every);
    loop {
        tokio::select! {
            batch = read_batch(&mut rx, size) => {
                if batch.is_empty() {
                    break;
                }
                let closed = batch.len() < size;
                batches.push(batch);
                if closed {
                    break;
                }
            }
            _ = flushes.tick() => {}
        }
    }
    batches
}
// ANCHOR_END: batch_items
