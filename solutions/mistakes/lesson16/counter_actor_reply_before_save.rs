// Mistake: answers an `Add` before saving the new total, so a client hears of a total that is not stored yet.
// Expect: did not do what the test checks
// ANCHOR: counter_actor
/// A variant of the actor.
pub async fn counter_actor(mut requests: mpsc::Receiver<Request>) -> u64 {
    let mut total = 0;
    while let Some(request) = requests.recv().await {
        match request {
            Request::Add { amount, reply } => {
                total += amount;
                let _ = reply.send(total);
                save(total).await;
            }
            Request::Get { reply } => {
                let _ = reply.send(total);
            }
        }
    }
    total
}
// ANCHOR_END: counter_actor
