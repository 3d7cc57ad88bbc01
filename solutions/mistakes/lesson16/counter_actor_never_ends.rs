// Mistake: loops for ever like `while True: await queue.get()`, skipping the `None` that says every sender is gone, so the actor never returns.
// Expect: Busy:
// ANCHOR: counter_actor
/// A variant of the actor.
pub async fn counter_actor(mut requests: mpsc::Receiver<Request>) -> u64 {
    let mut total = 0;
    loop {
        let Some(request) = requests.recv().await else { continue };
        match request {
            Request::Add { amount, reply } => {
                total += amount;
                save(total).await;
                let _ = reply.send(total);
            }
            Request::Get { reply } => {
                let _ = reply.send(total);
            }
        }
    }
}
// ANCHOR_END: counter_actor
