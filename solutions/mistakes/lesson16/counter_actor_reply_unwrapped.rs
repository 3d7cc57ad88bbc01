// Mistake: answers with `reply.send(total).unwrap()`, as if the client were always still there: a client that stopped waiting has dropped its receiver, the send fails, and the actor panics.
// Expect: Panicked
// Expect: the actor panicked
// ANCHOR: counter_actor
/// Every reply must arrive.
pub async fn counter_actor(mut requests: mpsc::Receiver<Request>) -> u64 {
    let mut total = 0;
    while let Some(request) = requests.recv().await {
        match request {
            Request::Add { amount, reply } => {
                total += amount;
                save(total).await;
                reply.send(total).unwrap();
            }
            Request::Get { reply } => reply.send(total).unwrap(),
        }
    }
    total
}
// ANCHOR_END: counter_actor
