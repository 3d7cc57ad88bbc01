// Mistake: returns as soon as the channel closes without handing over the batch still being filled.
// Expect: lose no item
// ANCHOR: batch_items
/// Breaks out of the loop and returns only the batches handed over so far.
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
                None => return batches,
            },
            _ = flushes.tick() => {
                if !batch.is_empty() {
                    batches.push(std::mem::take(&mut batch));
                }
            }
        }
    }
}
// ANCHOR_END: batch_items
