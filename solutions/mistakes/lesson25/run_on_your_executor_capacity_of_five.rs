// Mistake: runs `produce_and_consume` with the chapter's capacity of 5 instead of its `capacity` argument.
// Expect: and `channel(0)` panics
// ANCHOR: run_on_your_executor
/// Run [`produce_and_consume`] on your lesson 23 executor (`run_tasks`, as
/// one task): each item's work is your lesson 23 `sleep(UNIT)`, wrapped in
/// `probe(log, &work_label(consumer, item), ...)` so that `log` records
/// it. Return what `produce_and_consume` returned.
///
/// asyncio: the same program on a loop of your own.
///
/// Expect: the same timeline in `log` as the same program draws on tokio
/// with [`work_on_tokio`] (9 items, capacity 5, 2 consumers: done at 5
/// units), and the same return value. This needs your lesson 23 executor:
/// while its `run_tasks` is still `todo!()`, these tests fail with "Not
/// written yet: lesson23::run_tasks" (then `sleep`).
pub fn run_on_your_executor(
    count: u32,
    capacity: usize,
    consumers: usize,
    log: &Log,
) -> Vec<Vec<u32>> {
    let done = Arc::new(Mutex::new(Vec::new()));
    let (out, log) = (Arc::clone(&done), log.clone());
    run_tasks(vec![Box::pin(async move {
        let work = |consumer, item| probe(&log, &work_label(consumer, item), sleep(UNIT));
        // A channel of 5, as in the chapter's producer-consumer.
        *out.lock().unwrap() = produce_and_consume(count, 5, consumers, work).await;
    })]);
    std::mem::take(&mut *done.lock().unwrap())
}
// ANCHOR_END: run_on_your_executor
