// Alternative: a `loop` with a `match` on `recv()`, returning on `None`.
// ANCHOR: counter_actor
/// The end of the stream is one arm of the match.
pub async fn counter_actor(mut requests: mpsc::Receiver<Request>) -> u64 {
    let mut total = 0;
    loop {
        match requests.recv().await {
            Some(Request::Add { amount, reply }) => {
                total += amount;
                save(total).await;
                let _ = reply.send(total);
            }
            Some(Request::Get { reply }) => {
                let _ = reply.send(total);
            }
            None => return total,
        }
    }
}
// ANCHOR_END: counter_actor
