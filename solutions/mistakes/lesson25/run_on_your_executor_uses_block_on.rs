// Mistake: the task is run with lesson 23's `block_on`, which parks until a waker is called, and no timer ever fires there: nothing moves the clock
// Expect: If it hangs
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
        let work = |consumer, item| probe(&log, &work_label(consumer, item), sleep(UNIT));
        let result = produce_and_consume(count, capacity, consumers, work).await;
        *out.lock().expect("the result's lock") = result;
    };
    crate::lesson23::block_on(task);
    std::mem::take(&mut *done.lock().expect("the result's lock"))
}
// ANCHOR_END: run_on_your_executor
