//! Lesson 05: cancellation.
//!
//! Concurrent programs start work that can stop being needed before it ends:
//! the user gave up, a sibling failed, the program is shutting down. Stopping
//! that work early frees the time and the resources it holds, as long as it
//! stops cleanly. `abort` stops a task at the `.await` where it is suspended
//! (or the next one that suspends) and runs its destructors; a
//! `CancellationToken` asks a task to stop and lets it clean up with `.await`.
//! A task that never reaches an `.await` that suspends cannot be stopped.
//!
//! Run it: `cargo run -p lesson-05` (real clock) or
//! `cargo run -p lesson-05 -- --virtual-clock` (exact and instant).

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use timeline::lesson::{ratio, secs, section, time_and_draw};
use timeline::{Recorder, mark, traced};
use tokio::sync::oneshot;
use tokio::task::JoinError;
use tokio::time::{Instant, sleep};
use tokio_util::sync::CancellationToken;

/// One unit of the story. 50 ms keeps the whole lesson under 2 seconds.
const UNIT: Duration = Duration::from_millis(50);

/// How many units the worker works when nobody stops it.
const NATURAL_END: u32 = 6;

/// When the lesson stops the worker, in units.
const STOP_AFTER: u32 = 3;

/// How many steps of blocking work the task in section 6 does.
const BLOCKING_STEPS: u32 = 5;

// ANCHOR: worker
/// Prints "working" at the start of each unit, for `units` units, and
/// returns how many units it worked.
async fn worker(units: u32) -> u32 {
    let mut cleanup = Cleanup { units_worked: 0 };
    traced("worker", async {
        for _ in 0..units {
            println!("working");
            cleanup.units_worked += 1;
            sleep(UNIT).await;
        }
    })
    .await;
    cleanup.units_worked
}

/// The worker's synchronous cleanup. `drop` runs when the worker returns,
/// and also when it is cancelled: dropping a future drops its locals.
struct Cleanup {
    units_worked: u32,
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        mark("worker cleanup");
        println!("cleanup after {} units of work", self.units_worked);
    }
}
// ANCHOR_END: worker

fn main() -> anyhow::Result<()> {
    timeline::lesson::run("Lesson 05: cancellation", UNIT, lesson)
}

async fn lesson(recorder: Recorder) {
    section(1, "Left alone, the worker runs to its natural end (6 units)");
    let (units_worked, natural) = time_and_draw(&recorder, run_to_the_end()).await;
    println!("it worked {units_worked} units and ended on its own after {}", secs(natural));

    section(2, "abort after 3 units: the task stops at its current .await");
    let (ending, aborted) = time_and_draw(&recorder, abort_after(STOP_AFTER)).await;
    println!("{ending}");
    println!(
        "left alone {}, aborted {}: it stopped at {} units, not at its natural end of {} \
         ({} sooner).",
        secs(natural),
        secs(aborted),
        whole_units(aborted),
        whole_units(natural),
        ratio(natural, aborted)
    );

    section(3, "Dropping the future: the same stop, without a task");
    let (result, dropped) = time_and_draw(&recorder, drop_after(STOP_AFTER)).await;
    println!(
        "{result:?} after {}: no task, so no JoinError; the future is simply gone",
        secs(dropped)
    );

    section(4, "A CancellationToken asks; the task stops, then cleans up with .await");
    let ((units_worked, asked_at), returned_at) =
        time_and_draw(&recorder, ask_to_stop(STOP_AFTER, cooperative_worker)).await;
    println!(
        "asked to stop at {}; it worked {units_worked} units, flushed, and its handle \
         returned at {}.",
        secs(asked_at),
        secs(returned_at)
    );
    println!("abort could not have waited for the flush: a destructor cannot .await.");

    section(5, "A token only asks: this task checks it between jobs of 2 units");
    let ((jobs, asked_at), returned_at) =
        time_and_draw(&recorder, ask_to_stop(STOP_AFTER, checks_between_jobs)).await;
    println!(
        "asked to stop at {}, it stopped at {} after {jobs} jobs: the task decided when.",
        secs(asked_at),
        secs(returned_at)
    );

    section(6, "A task that never reaches an .await cannot be stopped");
    for (awaits, name) in [(false, "never awaits"), (true, "awaits after each step")] {
        let report = abort_after_first_step(awaits).await;
        println!(
            "{name:<22}: abort called after step {}; {} more steps ran after it; {}",
            report.at_abort,
            report.in_the_end - report.at_abort,
            report.ending
        );
    }
}

/// How many whole units `duration` spans (the real clock adds a little).
fn whole_units(duration: Duration) -> u128 {
    duration.as_millis() / UNIT.as_millis()
}

async fn run_to_the_end() -> u32 {
    tokio::spawn(worker(NATURAL_END)).await.expect("the worker panicked")
}

// ANCHOR: abort
async fn abort_after(units: u32) -> String {
    let handle = tokio::spawn(worker(NATURAL_END));
    sleep(UNIT * units).await;
    // Python: task.cancel()
    handle.abort();
    // Python: try: await task / except asyncio.CancelledError
    match handle.await {
        Ok(units) => format!("the worker finished all {units} units"),
        Err(error) if error.is_cancelled() => {
            format!("the handle said: {error} (is_cancelled: true, is_panic: false)")
        }
        Err(error) => format!("the worker panicked: {error}"),
    }
}
// ANCHOR_END: abort

// ANCHOR: drop
async fn drop_after(units: u32) -> Option<u32> {
    tokio::select! {
        // Polls the deadline first, so that when both are ready at 3 units
        // the deadline wins, as the abort did in section 2.
        biased;
        // When this branch wins, `select!` drops the worker's future.
        () = sleep(UNIT * units) => None,
        units_worked = worker(NATURAL_END) => Some(units_worked),
    }
}
// ANCHOR_END: drop

// ANCHOR: token
/// The worker again, cooperative: it watches `token`, and once asked to stop
/// it flushes what it did (2 units) before it returns.
async fn cooperative_worker(token: CancellationToken) -> u32 {
    let mut units_worked = 0;
    traced("worker", async {
        while units_worked < NATURAL_END {
            println!("working");
            units_worked += 1;
            tokio::select! {
                // A request that arrives as a unit ends wins the tie.
                biased;
                () = token.cancelled() => break,
                () = sleep(UNIT) => {}
            }
        }
    })
    .await;
    // Nobody stopped this task from outside: it is still running, so its
    // cleanup may take time and await.
    traced("flush", sleep(UNIT * 2)).await;
    units_worked
}

/// Spawns `task` with a token, cancels the token after `units`, then waits
/// for the task. Returns what the task returned, and when it was asked.
async fn ask_to_stop<F, Fut>(units: u32, task: F) -> (u32, Duration)
where
    F: FnOnce(CancellationToken) -> Fut,
    Fut: Future<Output = u32> + Send + 'static,
{
    let started = Instant::now();
    let token = CancellationToken::new();
    let handle = tokio::spawn(task(token.clone()));
    sleep(UNIT * units).await;
    token.cancel();
    let asked_at = started.elapsed();
    // Not abort: waiting on the handle lets the task finish its cleanup.
    let returned = handle.await.expect("the task panicked");
    (returned, asked_at)
}
// ANCHOR_END: token

// ANCHOR: decides
/// Looks at the token only between jobs, so a job in progress always ends.
async fn checks_between_jobs(token: CancellationToken) -> u32 {
    let mut jobs = 0;
    while !token.is_cancelled() {
        jobs += 1;
        traced(&format!("job {jobs}"), sleep(UNIT * 2)).await;
    }
    jobs
}
// ANCHOR_END: decides

// ANCHOR: no_await
/// Steps of blocking work (`std::thread::sleep` stands for a busy loop).
/// With `awaits`, the task reaches an `.await` after each step.
async fn blocking_steps(done: Arc<AtomicU32>, mut handshake: Handshake, awaits: bool) -> u32 {
    for step in 1..=BLOCKING_STEPS {
        std::thread::sleep(UNIT);
        done.fetch_add(1, Ordering::SeqCst);
        if step == 1 {
            handshake.wait_for_the_abort();
        }
        if awaits {
            tokio::task::yield_now().await;
        }
    }
    BLOCKING_STEPS
}
// ANCHOR_END: no_await

/// What section 6 measured for one task.
struct BlockingReport {
    /// Steps done when `abort` was called.
    at_abort: u32,
    /// Steps done when the task was over.
    in_the_end: u32,
    /// What its handle said.
    ending: String,
}

/// Runs [`blocking_steps`] in a task on a runtime of its own thread, aborts
/// the task as soon as its first step is done, and reports what happened.
async fn abort_after_first_step(awaits: bool) -> BlockingReport {
    let done = Arc::new(AtomicU32::new(0));
    let (step_one_done, step_one) = oneshot::channel();
    let (aborted, abort_called) = std::sync::mpsc::channel();
    let (send_abort_handle, abort_handle) = oneshot::channel();
    let (send_ending, ending) = oneshot::channel();
    let handshake = Handshake { step_one_done: Some(step_one_done), abort_called };
    let counter = Arc::clone(&done);
    // A thread and runtime of its own: a task that never yields would block
    // this runtime's only thread, and with it the code that calls abort.
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().build();
        let runtime = runtime.expect("could not build a runtime");
        let ending = runtime.block_on(async move {
            let task = tokio::spawn(blocking_steps(counter, handshake, awaits));
            let _ = send_abort_handle.send(task.abort_handle());
            describe(task.await)
        });
        let _ = send_ending.send(ending);
    });
    let abort_handle = abort_handle.await.expect("the task's thread died");
    step_one.await.expect("the task died before its first step");
    abort_handle.abort();
    let at_abort = done.load(Ordering::SeqCst);
    aborted.send(()).expect("the task died before the abort");
    let ending = ending.await.expect("the task's thread died");
    BlockingReport { at_abort, in_the_end: done.load(Ordering::SeqCst), ending }
}

fn describe(result: Result<u32, JoinError>) -> String {
    match result {
        Ok(steps) => format!("its handle said Ok({steps})"),
        Err(error) if error.is_cancelled() => "its handle said it was cancelled".to_string(),
        Err(error) => format!("it failed: {error}"),
    }
}

/// Holds the task after its first step until `abort` has been called, so
/// that the counts are exact rather than a race against the clock.
struct Handshake {
    step_one_done: Option<oneshot::Sender<()>>,
    abort_called: std::sync::mpsc::Receiver<()>,
}

impl Handshake {
    /// Says that step 1 is done, then blocks until `abort` has been called.
    fn wait_for_the_abort(&mut self) {
        if let Some(step_one_done) = self.step_one_done.take() {
            let _ = step_one_done.send(());
            let _ = self.abort_called.recv();
        }
    }
}
