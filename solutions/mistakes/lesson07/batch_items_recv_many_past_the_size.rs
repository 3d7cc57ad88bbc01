// Mistake: takes items with `recv_many(&mut batch, size)`, whose limit counts the items taken in this call, not those already in the batch, so items that come in together overfill it.
// Expect: differs from the reference solution in
// ANCHOR: batch_items
/// Takes whatever is waiting, up to a batch's worth, in one call.
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
            taken = rx.recv_many(&mut batch, size) => {
                if taken == 0 {
                    break;
                }
                if batch.len() >= size {
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
