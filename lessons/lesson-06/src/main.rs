//! Lesson 06: timeouts.
//!
//! Four vegetables take 2, 3, 12 and 5 units to chop. Nobody wants to wait
//! 12 units for the onion: with a limit of 10 on each one, the onion fails
//! alone, the other three succeed, and the batch is over at 10. Where the
//! limit goes (on each item, on the batch, on a sequence) decides what comes
//! back; and a limit on a task's handle only stops the waiting, not the task.
//!
//! Run it: `cargo run -p lesson-06` (real clock) or
//! `cargo run -p lesson-06 -- --virtual-clock` (exact and instant).

use std::time::Duration;

use futures::future::join_all;
use timeline::lesson::{ratio, secs, section, time_and_draw};
use timeline::{Outcome, Recorder, mark, traced};
use tokio::time::{Instant, sleep, timeout, timeout_at};

/// One unit of the story. 50 ms keeps the whole lesson under 3 seconds.
const UNIT: Duration = Duration::from_millis(50);

/// What to chop, and how many units each one takes.
const VEGETABLES: [(&str, u32); 4] = [("brinjal", 2), ("carrot", 3), ("onion", 12), ("tomato", 5)];

/// How long anyone waits, in units.
const LIMIT: u32 = 10;

// ANCHOR: chop
/// Chops `vegetable` for `units` and returns its name.
async fn chop(vegetable: &'static str, units: u32) -> &'static str {
    traced(vegetable, sleep(UNIT * units)).await;
    vegetable
}
// ANCHOR_END: chop

fn main() -> anyhow::Result<()> {
    timeline::lesson::run("Lesson 06: timeouts", UNIT, lesson)
}

async fn lesson(recorder: Recorder) {
    section(1, "A timeout on each vegetable: the onion fails alone");
    let (results, with_limits) = time_and_draw(&recorder, chop_each_within_limit()).await;
    println!("{results:?}");
    println!(
        "the batch was over after {}: only the onion timed out, and every result kept its place",
        secs(with_limits)
    );

    section(2, "The same batch with no timeout");
    let (_, without_limits) = time_and_draw(&recorder, chop_without_limit()).await;
    println!(
        "with a limit on each {}, without {}: waiting for everything takes {} as long.",
        secs(with_limits),
        secs(without_limits),
        ratio(without_limits, with_limits)
    );

    section(3, "One deadline for the whole batch: all or nothing");
    let (result, took) = time_and_draw(&recorder, chop_all_within_limit()).await;
    let timeline = recorder.timeline();
    let done = timeline.spans().iter().filter(|span| span.outcome == Outcome::Finished).count();
    println!(
        "{result:?} after {}: {done} vegetables were done in time, and none of them came back",
        secs(took)
    );

    section(4, "The trap: a timeout on a JoinHandle stops the waiting, not the task");
    let (report, _) = time_and_draw(&recorder, time_out_tasks()).await;
    println!(
        "when both timeouts fired, after {}: onion A still running: {}",
        secs(report.timeouts_fired),
        report.a_was_running
    );
    println!("onion A's handle then gave {:?} after {}", report.a, secs(report.a_returned));
    println!(
        "onion B's handle gave cancelled = {} after {}",
        report.b_cancelled,
        secs(report.b_returned)
    );

    section(5, "One budget for steps in turn: timeout_at");
    let (result, took) = time_and_draw(&recorder, chop_in_turn_within_budget()).await;
    println!("{result:?} after {}", secs(took));
}

// ANCHOR: each_within
async fn chop_each_within_limit() -> Vec<Result<&'static str, String>> {
    // Python: gather(*(wait_for(chop(v, n), 10) for v, n in VEGETABLES),
    //                return_exceptions=True)
    let chops = VEGETABLES.map(|(vegetable, units)| async move {
        timeout(UNIT * LIMIT, chop(vegetable, units))
            .await
            .map_err(|elapsed| format!("{vegetable}: {elapsed}"))
    });
    join_all(chops).await
}
// ANCHOR_END: each_within

async fn chop_without_limit() -> Vec<&'static str> {
    join_all(VEGETABLES.map(|(vegetable, units)| chop(vegetable, units))).await
}

// ANCHOR: all_within
async fn chop_all_within_limit() -> Result<Vec<&'static str>, tokio::time::error::Elapsed> {
    // Python: wait_for(gather(*chops), 10). When the deadline passes, timeout
    // drops the join_all: the finished results and the unfinished chops go
    // with it.
    let chops = VEGETABLES.map(|(vegetable, units)| chop(vegetable, units));
    timeout(UNIT * LIMIT, join_all(chops)).await
}
// ANCHOR_END: all_within

/// What section 4 measured.
struct TaskReport {
    timeouts_fired: Duration,
    a_was_running: bool,
    a: Result<&'static str, String>,
    a_returned: Duration,
    b_cancelled: bool,
    b_returned: Duration,
}

// ANCHOR: trap
async fn time_out_tasks() -> TaskReport {
    let started = Instant::now();
    let mut onion_a = tokio::spawn(chop("onion A: timeout only", 12));
    let mut onion_b = tokio::spawn(chop("onion B: timeout, then abort", 12));
    // Waiting through `&mut handle` keeps the handles: a timeout on the handle
    // itself would drop it, and dropping a handle detaches its task.
    let (a, b) =
        tokio::join!(timeout(UNIT * LIMIT, &mut onion_a), timeout(UNIT * LIMIT, &mut onion_b));
    assert!(a.is_err() && b.is_err(), "both onions need 12 units");
    mark("timeouts fired");
    let timeouts_fired = started.elapsed();
    let a_was_running = !onion_a.is_finished();
    // What Python's wait_for does on a timeout: cancel the task.
    onion_b.abort();

    let b = onion_b.await;
    let b_returned = started.elapsed();
    let a = onion_a.await.map_err(|error| error.to_string());
    let a_returned = started.elapsed();
    TaskReport {
        timeouts_fired,
        a_was_running,
        a,
        a_returned,
        b_cancelled: b.is_err_and(|error| error.is_cancelled()),
        b_returned,
    }
}
// ANCHOR_END: trap

/// Budget for section 5, in units.
const BUDGET: u32 = 7;

// ANCHOR: budget
async fn chop_in_turn_within_budget() -> Result<Vec<&'static str>, String> {
    // Python: async with asyncio.timeout(7): for v, n in VEGETABLES: await chop(v, n)
    let deadline = Instant::now() + UNIT * BUDGET;
    let mut chopped = Vec::new();
    for (vegetable, units) in VEGETABLES {
        let left = deadline.saturating_duration_since(Instant::now());
        println!("{vegetable} needs {}, {} of the budget left", secs(UNIT * units), secs(left));
        match timeout_at(deadline, chop(vegetable, units)).await {
            Ok(name) => chopped.push(name),
            Err(_) => return Err(format!("{vegetable} ran out of budget")),
        }
    }
    Ok(chopped)
}
// ANCHOR_END: budget
