// Mistake: spawns a task per request so that slow saves do not hold up the others; the saves then overlap, and a task answers with the total it was given, not the one it saved last.
// Expect: did not do what the test checks
// ANCHOR: counter_actor
/// A variant of the actor.
pub async fn counter_actor(mut requests: mpsc::Receiver<Request>) -> u64 {
    let total = Arc::new(Mutex::new(0));
    let mut served = Vec::new();
    while let Some(request) = requests.recv().await {
        let total = Arc::clone(&total);
        served.push(tokio::spawn(async move {
            match request {
                Request::Add { amount, reply } => {
                    let now = {
                        let mut total = total.lock().await;
                        *total += amount;
                        *total
                    };
                    save(now).await;
                    let _ = reply.send(now);
                }
                Request::Get { reply } => {
                    let _ = reply.send(*total.lock().await);
                }
            }
        }));
    }
    for task in join_all(served).await {
        task.expect("a request panicked");
    }
    let total = *total.lock().await;
    total
}
// ANCHOR_END: counter_actor
