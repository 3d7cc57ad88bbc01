// Mistake: hands over the batch at every flush even when it is empty.
// Expect: no empty one
// ANCHOR: batch_items
/// Flushes whatever is there, nothing included.
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
        tokio::select! {
            item = rx.recv() => match item {
                Some(item) => {
                    batch.push(item);
                    if batch.len() == size {
                        batches.push(std::mem::take(&mut batch));
                    }
                }
                None => break,
            },
            _ = flushes.tick() => batches.push(std::mem::take(&mut batch)),
        }
    }
    if !batch.is_empty() {
        batches.push(batch);
    }
    batches
}
// ANCHOR_END: batch_items
