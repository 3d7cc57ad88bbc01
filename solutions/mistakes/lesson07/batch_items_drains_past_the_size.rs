// Mistake: after each item, takes every item already waiting with `try_recv` before looking at the size, so items that come in together overfill a batch.
// Expect: differs from the reference solution in
// ANCHOR: batch_items
/// Whatever is waiting joins the batch at once.
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
                    while let Ok(more) = rx.try_recv() {
                        batch.push(more);
                    }
                    if batch.len() >= size {
                        batches.push(std::mem::take(&mut batch));
                    }
                }
                None => break,
            },
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
