// Mistake: hands over what is left only at the next flush after the channel closed, instead of at once.
// Expect: return as soon as the channel closes
// ANCHOR: batch_items
/// Notes that the channel closed and stops at the following tick.
pub async fn batch_items(
    mut rx: mpsc::Receiver<u32>,
    size: usize,
    flush_every: Duration,
) -> Vec<Vec<u32>> {
    let mut batches = Vec::new();
    let mut batch = Vec::with_capacity(size);
    let mut closed = false;
    let start = tokio::time::Instant::now();
    let mut flushes = tokio::time::interval_at(start + flush_every, flush_every);
    loop {
        tokio::select! {
            item = rx.recv(), if !closed => match item {
                Some(item) => {
                    batch.push(item);
                    if batch.len() == size {
                        batches.push(std::mem::take(&mut batch));
                    }
                }
                None => closed = true,
            },
            _ = flushes.tick() => {
                if !batch.is_empty() {
                    batches.push(std::mem::take(&mut batch));
                }
                if closed {
                    return batches;
                }
            }
        }
    }
}
// ANCHOR_END: batch_items
