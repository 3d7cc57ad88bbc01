// Mistake: adds and saves but never answers an `Add` (a Python future left without `set_result`): the reply sender is dropped unsent and the client is told so.
// Expect: dropped the reply sender of an Add
// ANCHOR: counter_actor
/// A variant of the actor.
pub async fn counter_actor(mut requests: mpsc::Receiver<Request>) -> u64 {
    let mut total = 0;
    while let Some(request) = requests.recv().await {
        match request {
            Request::Add { amount, reply: _ } => {
                total += amount;
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
