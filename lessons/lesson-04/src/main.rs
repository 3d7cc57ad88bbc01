//! Lesson 04: TaskGroup: structured concurrency.
//!
//! Tasks that only make sense together should fail together: once one of
//! them has failed, waiting for the others wastes time, so they are
//! cancelled at once. And none may outlive the group: it returns only when
//! every task has stopped, cleanups included. `asyncio.TaskGroup` does this;
//! in tokio it is a `JoinSet` driven by a loop, or a `TaskTracker` with a
//! `CancellationToken`.
//!
//! Run it: `cargo run -p lesson-04` (real clock) or
//! `cargo run -p lesson-04 -- --virtual-clock` (exact and instant).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::future::join_all;
use timeline::lesson::{ratio, secs, section, time_and_draw};
use timeline::{Recorder, mark, traced};
use tokio::task::JoinSet;
use tokio::time::sleep;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// One unit of the story. 50 ms keeps the whole lesson under 2 seconds.
const UNIT: Duration = Duration::from_millis(50);

// ANCHOR: job
/// A job of the story: its name, how long it runs, how it ends.
#[derive(Clone, Copy)]
struct Job {
    name: &'static str,
    units: u32,
    outcome: Result<u32, &'static str>,
}

/// Runs a job. Its cleanup runs however the job stops, like `finally:`.
async fn run_job(job: Job) -> Result<u32, String> {
    let _cleanup = Cleanup(job.name);
    traced(job.name, sleep(UNIT * job.units)).await;
    job.outcome.map_err(|error| format!("{} failed: {error}", job.name))
}

/// Marks `<name>: cleanup` on the timeline when dropped: when the job
/// returns, and also when its future is dropped mid-`.await` (cancelled).
struct Cleanup(&'static str);

impl Drop for Cleanup {
    fn drop(&mut self) {
        mark(&format!("{}: cleanup", self.0));
    }
}
// ANCHOR_END: job

const TASK_1: Job = Job { name: "task 1", units: 1, outcome: Ok(10) };
const TASK_2: Job = Job { name: "task 2", units: 2, outcome: Ok(20) };
const TASK_2_FAILS: Job = Job { name: "task 2", units: 2, outcome: Err("oops!") };
const SLOW: Job = Job { name: "slow", units: 10, outcome: Ok(30) };

fn main() -> anyhow::Result<()> {
    timeline::lesson::run("Lesson 04: TaskGroup: structured concurrency", UNIT, lesson)
}

async fn lesson(recorder: Recorder) {
    section(1, "A JoinSet as a task group: it returns when every task is done");
    let (result, _) = time_and_draw(&recorder, task_group(vec![TASK_1, TASK_2, SLOW])).await;
    println!("{result:?}: every value, in the order the jobs were spawned");

    section(2, "Task 2 fails: slow is cancelled, cleaned up and waited for");
    let ((result, slow_cleaned_up), group) =
        time_and_draw(&recorder, group_where_task_2_fails(&recorder)).await;
    println!("the group returned after {}, when task 2 failed, with {result:?}", secs(group));
    println!("slow's cleanup had already run when the group returned: {slow_cleaned_up}");

    section(3, "Without a group: join every handle, then look at the results");
    let (result, gathered) =
        time_and_draw(&recorder, join_every_handle(vec![TASK_1, TASK_2_FAILS, SLOW])).await;
    println!("{result:?} after {}: the failure waited for slow to finish", secs(gathered));
    println!(
        "the group reported it after {}, joining every handle after {}: {} sooner.",
        secs(group),
        secs(gathered),
        ratio(gathered, group)
    );

    section(4, "Dropping a JoinSet aborts its tasks but does not wait for them");
    let ((when_dropped, after_a_yield), _) =
        time_and_draw(&recorder, drop_the_set(&recorder)).await;
    println!("slow cleaned up when drop(set) returned: {when_dropped}");
    println!("slow cleaned up after one yield to the runtime: {after_a_yield}");
    println!();
    let (when_shut_down, _) = time_and_draw(&recorder, shut_down_the_set(&recorder)).await;
    println!("slow cleaned up when shutdown().await returned: {when_shut_down}");

    section(5, "TaskTracker and CancellationToken: a cancelled task cleans up with .await");
    let (result, tracked) =
        time_and_draw(&recorder, tracked_group(vec![TASK_1, TASK_2_FAILS, SLOW])).await;
    println!("{result:?} after {}: the group waited for slow's roll back", secs(tracked));
}

// ANCHOR: task_group
/// Python: `async with asyncio.TaskGroup() as tg:` and a `tg.create_task`
/// per job. `Err` holds every failure, like an `ExceptionGroup`.
async fn task_group(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    let mut set = JoinSet::new();
    for (index, job) in jobs.into_iter().enumerate() {
        // Results come back in the order the tasks end; the index puts
        // each one back in its place.
        set.spawn(async move { (index, run_job(job).await) });
    }
    let mut values = Vec::new();
    let mut errors = Vec::new();
    // The end of the `async with` block: the loop ends when the set is
    // empty, that is when every task has finished or been cancelled.
    while let Some(joined) = set.join_next().await {
        let error = match joined {
            Ok((index, Ok(value))) => {
                values.push((index, value));
                continue;
            }
            Ok((_, Err(error))) => error,
            Err(aborted) if aborted.is_cancelled() => continue,
            Err(panicked) => panicked.to_string(),
        };
        errors.push(error);
        // Cancel the rest, and keep looping: that waits for them, and
        // collects any other failure that is already in.
        set.abort_all();
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    values.sort_by_key(|&(index, _)| index);
    Ok(values.into_iter().map(|(_, value)| value).collect())
}
// ANCHOR_END: task_group

async fn group_where_task_2_fails(recorder: &Recorder) -> (Result<Vec<u32>, Vec<String>>, bool) {
    let result = task_group(vec![TASK_1, TASK_2_FAILS, SLOW]).await;
    mark("group returned");
    (result, cleaned_up(recorder, "slow"))
}

/// Whether the job's cleanup has been recorded yet.
fn cleaned_up(recorder: &Recorder, job: &str) -> bool {
    recorder.timeline().span(&format!("{job}: cleanup")).is_some()
}

// ANCHOR: join_every_handle
/// Every task runs to its end, failed or not, and only then are the results
/// inspected: `asyncio.gather(..., return_exceptions=True)`.
async fn join_every_handle(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    let handles = jobs.into_iter().map(|job| tokio::spawn(run_job(job)));
    let outcomes = join_all(handles).await;
    values_or_every_error(outcomes.into_iter().map(|joined| joined.expect("no job panics")))
}
// ANCHOR_END: join_every_handle

/// `Ok` with every value when nothing failed, otherwise `Err` with every error.
fn values_or_every_error(
    outcomes: impl Iterator<Item = Result<u32, String>>,
) -> Result<Vec<u32>, Vec<String>> {
    let (values, errors): (Vec<_>, Vec<_>) = outcomes.partition(Result::is_ok);
    if errors.is_empty() {
        Ok(values.into_iter().map(Result::unwrap).collect())
    } else {
        Err(errors.into_iter().map(Result::unwrap_err).collect())
    }
}

// ANCHOR: drop_set
async fn drop_the_set(recorder: &Recorder) -> (bool, bool) {
    let mut set = JoinSet::new();
    set.spawn(run_job(TASK_1));
    set.spawn(run_job(SLOW));
    set.join_next().await; // task 1 is done: stop here
    drop(set);
    mark("drop(set) returned");
    let when_dropped = cleaned_up(recorder, "slow");
    // The aborted task stops only when the runtime next polls it.
    tokio::task::yield_now().await;
    (when_dropped, cleaned_up(recorder, "slow"))
}
// ANCHOR_END: drop_set

// ANCHOR: shutdown
async fn shut_down_the_set(recorder: &Recorder) -> bool {
    let mut set = JoinSet::new();
    set.spawn(run_job(TASK_1));
    set.spawn(run_job(SLOW));
    set.join_next().await;
    // abort_all, then join_next until the set is empty.
    set.shutdown().await;
    mark("shutdown() returned");
    cleaned_up(recorder, "slow")
}
// ANCHOR_END: shutdown

// ANCHOR: roll_back
/// Undoing takes time, so it needs `.await`; a `Drop` cannot run it.
async fn roll_back(name: &'static str) {
    traced(&format!("{name}: roll back"), sleep(UNIT)).await;
}
// ANCHOR_END: roll_back

// ANCHOR: tracker
async fn tracked_group(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    let tracker = TaskTracker::new();
    let token = CancellationToken::new();
    let slots = Arc::new(Mutex::new(vec![None; jobs.len()]));
    for (index, job) in jobs.into_iter().enumerate() {
        let (token, slots) = (token.clone(), Arc::clone(&slots));
        tracker.spawn(async move {
            let outcome = tokio::select! {
                // A job that is done counts, even if the token fired too.
                biased;
                outcome = run_job(job) => outcome,
                // Python: except asyncio.CancelledError: await roll_back(); raise
                () = token.cancelled() => return roll_back(job.name).await,
            };
            if outcome.is_err() {
                token.cancel(); // asks the others to stop; nothing is aborted
            }
            slots.lock().expect("no task panics holding the lock")[index] = Some(outcome);
        });
    }
    // No more tasks will come, so wait() can end once these have.
    tracker.close();
    tracker.wait().await;
    let slots = std::mem::take(&mut *slots.lock().expect("no task panics holding the lock"));
    // An empty slot is a job that stopped because the token asked it to.
    values_or_every_error(slots.into_iter().flatten())
}
// ANCHOR_END: tracker
