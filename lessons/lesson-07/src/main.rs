//! Lesson 07: wait: first completed, first exception, all completed.
//!
//! Three jobs take 3, 1 and 2 units. The first answer is there after 1 unit;
//! waiting for all of them takes 3. Often the first answer, or the first
//! failure, is enough to act on, and the other jobs can go on in the
//! background until they are wanted. `asyncio.wait` returns what is done and
//! what is still pending; tokio has `select_all`, a `JoinSet` loop, and
//! `select!`, which differ in what happens to the ones that did not win.
//!
//! Run it: `cargo run -p lesson-07` (real clock) or
//! `cargo run -p lesson-07 -- --virtual-clock` (exact and instant).

use std::pin::pin;
use std::time::Duration;

use futures::future::{join_all, select_all};
// The same trap the exercises are given; its timeline marks show what is lost.
use given::lesson07::read_batch;
use timeline::lesson::{ratio, secs, section, time_and_draw};
use timeline::{Outcome, Recorder, mark, traced};
use tokio::sync::mpsc;
use tokio::task::{JoinHandle, JoinSet};
use tokio::time::{Instant, interval_at, sleep, timeout};

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

/// Runs a job: after its units, its value or its error.
async fn run_job(job: Job) -> Result<u32, String> {
    traced(job.name, sleep(UNIT * job.units)).await;
    job.outcome.map_err(|error| format!("{} failed: {error}", job.name))
}
// ANCHOR_END: job

const A: Job = Job { name: "A", units: 3, outcome: Ok(10) };
const B: Job = Job { name: "B", units: 1, outcome: Ok(20) };
const C: Job = Job { name: "C", units: 2, outcome: Ok(30) };
const C_FAILS: Job = Job { name: "C", units: 2, outcome: Err("oops!") };
const DOWNLOAD: Job = Job { name: "download, pinned", units: 5, outcome: Ok(50) };
const DOWNLOAD_IN_LOOP: Job = Job { name: "download, new each round", units: 5, outcome: Ok(50) };

/// How many items the producer of sections 6 and 7 sends.
const ITEMS: u32 = 10;

/// How many items make a batch.
const BATCH: usize = 3;

/// How often the consumer reports, in units.
const REPORT_EVERY: u32 = 4;

fn main() -> anyhow::Result<()> {
    timeline::lesson::run(
        "Lesson 07: wait: first completed, first exception, all completed",
        UNIT,
        lesson,
    )
}

async fn lesson(recorder: Recorder) {
    section(1, "FIRST_COMPLETED: select_all over tasks, and the rest keep running");
    let (report, _) = time_and_draw(&recorder, first_then_the_rest()).await;
    let first_after = report.first_after;
    println!(
        "wait returned {:?} after {}, with {} tasks still running",
        report.first,
        secs(first_after),
        report.still_running
    );
    println!("waiting again gave {:?} after {}", report.rest, secs(report.all_after));
    println!(
        "A ended at {} and C at {}: their own times, neither restarted nor cancelled",
        secs(span_end(&recorder, "A")),
        secs(span_end(&recorder, "C")),
    );

    section(2, "FIRST_EXCEPTION: a JoinSet loop that stops at the first error");
    let (report, _) = time_and_draw(&recorder, first_error_then_the_rest()).await;
    println!(
        "wait returned after {} with done = {:?} and {} task still pending",
        secs(report.returned_after),
        report.done,
        report.pending
    );
    println!("waiting again gave {:?}; A ended at {}", report.rest, secs(span_end(&recorder, "A")));

    section(3, "ALL_COMPLETED: the whole set, in the order the jobs finished");
    let (results, all_after) = time_and_draw(&recorder, all_completed([A, B, C_FAILS])).await;
    println!("{results:?} after {}: the failure did not stop the waiting", secs(all_after));
    println!(
        "the first result came after {}, all of them after {}: FIRST_COMPLETED answered {} sooner.",
        secs(first_after),
        secs(all_after),
        ratio(all_after, first_after)
    );

    section(4, "tokio::select!: the loser is dropped");
    let (winner, took) = time_and_draw(&recorder, race()).await;
    println!(
        "{winner:?} after {}; A: {:?} at {}, dropped where it stood",
        secs(took),
        span_outcome(&recorder, "A"),
        secs(span_end(&recorder, "A"))
    );

    section(5, "select! in a loop: a loser that must survive is pinned outside");
    let ((pinned, new_each_round), took) = time_and_draw(&recorder, progress_two_ways()).await;
    let timeline = recorder.timeline();
    let made_anew = timeline.spans().iter().filter(|span| span.label == DOWNLOAD_IN_LOOP.name);
    let started = made_anew.clone().count();
    let finished = made_anew.filter(|span| span.outcome == Outcome::Finished).count();
    println!(
        "pinned: {:?} after {} progress reports, at {}",
        pinned.0,
        pinned.1,
        secs(span_end(&recorder, DOWNLOAD.name))
    );
    let outcome = match new_each_round {
        Some(outcome) => format!("{outcome:?}"),
        None => "no result".to_string(),
    };
    println!(
        "new each round: {outcome} when given up on at {}; {started} downloads were started, \
         {finished} finished",
        secs(took)
    );

    section(6, "The trap: a branch that holds data loses it when dropped");
    let (batches, _) = time_and_draw(&recorder, feed(batches_with_reports)).await;
    print_losses(&batches);

    section(7, "The fix: a cancellation-safe branch, and the batch kept outside the loop");
    let (batches, _) = time_and_draw(&recorder, feed(batches_with_reports_fixed)).await;
    print_losses(&batches);
}

/// When the span `label` ended, on the last timeline.
fn span_end(recorder: &Recorder, label: &str) -> Duration {
    recorder.timeline().span(label).expect("the span was recorded").end
}

/// How the span `label` ended, on the last timeline.
fn span_outcome(recorder: &Recorder, label: &str) -> Outcome {
    recorder.timeline().span(label).expect("the span was recorded").outcome
}

// ANCHOR: first_completed
/// Python: `done, pending = await asyncio.wait(tasks, return_when=FIRST_COMPLETED)`
async fn first_completed(
    jobs: [Job; 3],
) -> (Result<u32, String>, Vec<JoinHandle<Result<u32, String>>>) {
    // Tasks, not bare futures: a task runs whether or not anyone polls it,
    // so the pending ones go on while the caller looks at the first result.
    let tasks = jobs.map(|job| tokio::spawn(run_job(job)));
    let (first, _index, pending) = select_all(tasks).await;
    (first.expect("no job panics"), pending)
}
// ANCHOR_END: first_completed

/// What section 1 measured.
struct FirstReport {
    first: Result<u32, String>,
    first_after: Duration,
    still_running: usize,
    rest: Vec<Result<u32, String>>,
    all_after: Duration,
}

// ANCHOR: wait_again
async fn first_then_the_rest() -> FirstReport {
    let started = Instant::now();
    let (first, pending) = first_completed([A, B, C]).await;
    let first_after = started.elapsed();
    mark("wait returned");
    let still_running = pending.iter().filter(|task| !task.is_finished()).count();
    // Python: done, pending = await asyncio.wait(pending)
    let rest = join_all(pending).await;
    let rest = rest.into_iter().map(|joined| joined.expect("no job panics")).collect();
    FirstReport { first, first_after, still_running, rest, all_after: started.elapsed() }
}
// ANCHOR_END: wait_again

// ANCHOR: first_exception
/// Python: `done, pending = await asyncio.wait(tasks, return_when=FIRST_EXCEPTION)`
async fn first_exception(
    jobs: [Job; 3],
) -> (Vec<Result<u32, String>>, JoinSet<Result<u32, String>>) {
    let mut set: JoinSet<_> = jobs.map(run_job).into_iter().collect();
    let mut done = Vec::new();
    while let Some(joined) = set.join_next().await {
        let outcome = joined.expect("no job panics");
        let failed = outcome.is_err();
        done.push(outcome);
        if failed {
            break;
        }
    }
    // The set goes back with the tasks still in it. Dropping it would abort
    // them; keeping it lets the caller wait for them later.
    (done, set)
}
// ANCHOR_END: first_exception

/// What section 2 measured.
struct ExceptionReport {
    done: Vec<Result<u32, String>>,
    returned_after: Duration,
    pending: usize,
    rest: Vec<Result<u32, String>>,
}

async fn first_error_then_the_rest() -> ExceptionReport {
    let started = Instant::now();
    let (done, pending) = first_exception([A, B, C_FAILS]).await;
    let returned_after = started.elapsed();
    mark("wait returned");
    let count = pending.len();
    let rest = pending.join_all().await;
    ExceptionReport { done, returned_after, pending: count, rest }
}

// ANCHOR: all_completed
/// Python: `done, _ = await asyncio.wait(tasks)` (ALL_COMPLETED is the default)
async fn all_completed(jobs: [Job; 3]) -> Vec<Result<u32, String>> {
    let set: JoinSet<_> = jobs.map(run_job).into_iter().collect();
    // In the order the tasks finished; a failure is one more result.
    set.join_all().await
}
// ANCHOR_END: all_completed

// ANCHOR: race
async fn race() -> Result<u32, String> {
    // The branches are futures owned by select!: when B is done, A is
    // dropped, which cancels it. Python's wait would leave it running.
    // `biased` polls the branches top to bottom instead of in random order,
    // which keeps this lesson's printed output the same on every run.
    tokio::select! {
        biased;
        a = run_job(A) => a,
        b = run_job(B) => b,
    }
}
// ANCHOR_END: race

// ANCHOR: progress
/// Python: `while not (await asyncio.wait({task}, timeout=2))[0]: reports += 1`
async fn download_with_progress(job: Job) -> (Result<u32, String>, u32) {
    let mut reports = 0;
    // Created once, polled through `&mut` each round: a round that the
    // report wins leaves the download where it was.
    let mut download = pin!(run_job(job));
    loop {
        tokio::select! {
            outcome = &mut download => return (outcome, reports),
            () = sleep(UNIT * 2) => reports += 1,
        }
    }
}
// ANCHOR_END: progress

// ANCHOR: restarted
async fn download_new_each_round(job: Job) -> (Result<u32, String>, u32) {
    let mut reports = 0;
    loop {
        tokio::select! {
            // A new download every round: the report wins after 2 units,
            // and the download of that round is dropped, 3 units short.
            outcome = run_job(job) => return (outcome, reports),
            () = sleep(UNIT * 2) => reports += 1,
        }
    }
}
// ANCHOR_END: restarted

/// Both loops at once; the one that makes a new download each round is
/// given up on when the pinned one is done.
async fn progress_two_ways() -> ((Result<u32, String>, u32), Option<(Result<u32, String>, u32)>) {
    let new_each_round =
        async { timeout(UNIT * 5, download_new_each_round(DOWNLOAD_IN_LOOP)).await.ok() };
    tokio::join!(download_with_progress(DOWNLOAD), new_each_round)
}

// ANCHOR: trap
async fn batches_with_reports(mut rx: mpsc::Receiver<u32>) -> Vec<Vec<u32>> {
    let mut batches = Vec::new();
    let mut reports = interval_at(Instant::now() + UNIT * REPORT_EVERY, UNIT * REPORT_EVERY);
    loop {
        tokio::select! {
            // When the report wins, this read_batch is dropped with the
            // items it had already taken off the channel.
            batch = read_batch(&mut rx, BATCH) => {
                if batch.is_empty() {
                    return batches;
                }
                batches.push(batch);
            }
            _ = reports.tick() => mark("report"),
        }
    }
}
// ANCHOR_END: trap

// ANCHOR: fix
async fn batches_with_reports_fixed(mut rx: mpsc::Receiver<u32>) -> Vec<Vec<u32>> {
    let mut batches = Vec::new();
    // Outside the select!, so no dropped branch can take it along.
    let mut batch = Vec::new();
    let mut reports = interval_at(Instant::now() + UNIT * REPORT_EVERY, UNIT * REPORT_EVERY);
    loop {
        tokio::select! {
            // recv is cancellation safe: when the report wins, no item has
            // been taken off the channel.
            item = rx.recv() => match item {
                Some(item) => {
                    batch.push(item);
                    if batch.len() == BATCH {
                        batches.push(std::mem::take(&mut batch));
                    }
                }
                None => {
                    if !batch.is_empty() {
                        batches.push(batch);
                    }
                    return batches;
                }
            },
            _ = reports.tick() => mark("report"),
        }
    }
}
// ANCHOR_END: fix

// ANCHOR: producer
/// Sends 1, 2, ... ITEMS, one every unit from half a unit in, then closes
/// the channel by dropping the sender.
async fn produce(tx: mpsc::Sender<u32>) {
    traced("producer", async move {
        sleep(UNIT / 2).await;
        for item in 1..=ITEMS {
            if item > 1 {
                sleep(UNIT).await;
            }
            tx.send(item).await.expect("the consumer keeps the receiver until the end");
        }
    })
    .await;
}
// ANCHOR_END: producer

/// Runs the producer against `consumer` on one channel.
async fn feed<F, Fut>(consumer: F) -> Vec<Vec<u32>>
where
    F: FnOnce(mpsc::Receiver<u32>) -> Fut,
    Fut: Future<Output = Vec<Vec<u32>>>,
{
    let (tx, rx) = mpsc::channel(ITEMS as usize);
    let ((), batches) = tokio::join!(produce(tx), consumer(rx));
    batches
}

/// Counts what the consumer received against what was sent.
fn print_losses(batches: &[Vec<u32>]) {
    let received: Vec<u32> = batches.concat();
    let lost: Vec<u32> = (1..=ITEMS).filter(|item| !received.contains(item)).collect();
    println!("batches {batches:?}");
    let which = if lost.is_empty() { String::new() } else { format!(" ({lost:?})") };
    println!("sent {ITEMS}, received {}: {} lost{which}", received.len(), lost.len());
}
