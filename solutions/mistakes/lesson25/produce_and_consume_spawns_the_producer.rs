// Mistake: the producer is spawned with `tokio::spawn`, as `create_task` would start it, which ties the function to tokio: on another executor it panics
// Expect: an executor that is not tokio
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
    let receiver = Mutex::new(receiver);
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
            while let Some(item) =
                poll_fn(|cx| receiver.lock().expect("the receiver's lock").poll_recv(cx)).await
            {
                work(consumer, item).await;
                done.push(item);
            }
            done
        }
    };
    let producer = tokio::spawn(producer);
    let done = join_all((1..=consumers).map(consume)).await;
    producer.await.expect("the producer panicked");
    done
}
// ANCHOR_END: produce_and_consume
