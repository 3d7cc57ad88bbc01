// Mistake: skips an `Add` whose client has stopped waiting (its reply channel is closed), to save work nobody waits for: but the request was made, and the amount must still be added and saved.
// Expect: differs from the reference solution
// ANCHOR: counter_actor
/// Adds only for clients still waiting.
pub async fn counter_actor(mut requests: mpsc::Receiver<Request>) -> u64 {
    let mut total = 0;
    while let Some(request) = requests.recv().await {
        match request {
            Request::Add { amount, reply } => {
                if reply.is_closed() {
                    continue;
                }
                total += amount;
                save(total).await;
                let _ = reply.send(total);
            }
            Request::Get { reply } => {
                let _ = reply.send(total);
            }
        }
    }
    total
}
// ANCHOR_END: counter_actor
