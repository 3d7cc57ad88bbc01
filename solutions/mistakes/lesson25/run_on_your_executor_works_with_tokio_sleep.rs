// Mistake: each item's work is `tokio::time::sleep(UNIT)`, which needs tokio's timer, and there is no tokio runtime on your executor
// Expect: Tokio 1.x runtime
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
    let task = async move {
        let work = |consumer, item| probe(&log, &work_label(consumer, item), tokio::time::sleep(UNIT));
        let result = produce_and_consume(count, capacity, consumers, work).await;
        *out.lock().expect("the result's lock") = result;
    };
    run_tasks(vec![Box::pin(task)]);
    std::mem::take(&mut *done.lock().expect("the result's lock"))
}
// ANCHOR_END: run_on_your_executor
