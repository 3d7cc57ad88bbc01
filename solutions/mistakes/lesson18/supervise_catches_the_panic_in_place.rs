// Mistake: runs the worker in place and catches its panic with `catch_unwind`, like a `try:` around `await worker()`, instead of running it in a task: the restarts and pauses are right, but the worker is no task of its own (it cannot be aborted apart from the supervisor, nor run on another thread), which the exercise asks for.
// Expect: in a spawned task of its own
// ANCHOR: supervise
/// The worker runs inside the supervisor.
pub async fn supervise(
    worker: Worker,
    max_failures: usize,
    first_pause: Duration,
) -> Result<u32, GaveUp> {
    use futures::FutureExt;
    let mut failures = 0;
    let mut pause = first_pause;
    loop {
        match std::panic::AssertUnwindSafe(worker.run()).catch_unwind().await {
            Ok(value) => return Ok(value),
            Err(_) => {
                failures += 1;
                if failures >= max_failures {
                    return Err(GaveUp { failures });
                }
                sleep(pause).await;
                pause *= 2;
            }
        }
    }
}
// ANCHOR_END: supervise
