// Mistake: writes `sleep(flush_every)` inside `select!`, a new timer each round, so every item that comes in starts the wait for a flush over and no flush ever comes.
// Expect: at 4 and 8 whatever had come in so far
// ANCHOR: batch_items
/// A flush timer made anew in each round.
pub async fn batch_items(
    mut rx: mpsc::Receiver<u32>,
    size: usize,
    flush_every: Duration,
) -> Vec<Vec<u32>> {
    let mut batches = Vec::new();
    let mut batch = Vec::with_capacity(size);
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
            () = tokio::time::sleep(flush_every) => {
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
