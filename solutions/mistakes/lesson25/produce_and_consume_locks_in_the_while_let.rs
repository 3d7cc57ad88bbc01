// Mistake: the consumers share the receiver behind `tokio::sync::Mutex` and take items with `while let Some(item) = receiver.lock().await.recv().await`: the guard, a temporary of the `while let`, lives through the loop body, so the lock is held during the work
// Expect: to return after 5.00s
// ANCHOR: produce_and_consume
/// Run the producer-consumer on your channel, in the task that awaits
/// this: a producer sends the items 1 to `count` into a channel of
/// `capacity`, then drops its sender; `consumers` consumers, numbered from
/// 1, each take the next item, do `work(consumer, item)`, and go on until
/// `recv` gives `None`. Return what each consumer did, in order: entry 0
/// holds consumer 1's items.
///
/// asyncio: `asyncio.Queue(maxsize=5)`, a producer that puts, consumers
/// that `get()` in a loop, run with `gather`.
///
/// Expect: spawn nothing (the same code runs on tokio and on your
/// executor): join the producer and the consumers in this one task. The
/// consumers share the receiver (behind a lock) and never hold it during
/// `work`; when several take an item at the same instant, the lower
/// number goes first. 9 items, capacity 5, 2 consumers, 1 unit of work
/// each: done at 5 units, consumer 1 with [1, 3, 5, 7, 9], consumer 2
/// with [2, 4, 6, 8]. Every item is done exactly once.
pub async fn produce_and_consume<W, F>(
    count: u32,
    capacity: usize,
    consumers: usize,
    work: W,
) -> Vec<Vec<u32>>
where
    W: Fn(usize, u32) -> F,
    F: Future<Output = ()>,
{
    let (sender, receiver) = channel(capacity);
    // Locked only inside one poll, never across an `.await`: a consumer
    // that waits keeps no lock, and the lock is a plain `std` one.
    let receiver = tokio::sync::Mutex::new(receiver);
    let producer = async move {
        for item in 1..=count {
            sender.send(item).await.expect("the consumers are gone");
        }
        // `sender` is dropped here: the channel closes.
    };
    let consume = |consumer: usize| {
        let (receiver, work) = (&receiver, &work);
        async move {
            let mut done = Vec::new();
            while let Some(item) = receiver.lock().await.recv().await {
                work(consumer, item).await;
                done.push(item);
            }
            done
        }
    };
    let (_, done) = futures::join!(producer, join_all((1..=consumers).map(consume)));
    done
}
// ANCHOR_END: produce_and_consume
