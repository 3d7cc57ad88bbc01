//! Lesson 23: an executor of your own.
//!
//! tokio is a library, and so is what it does: a loop that polls futures.
//! `src/lib.rs` builds one in four steps: `block_on` (poll, park until
//! woken, poll again), a ready queue of tasks that are their own wakers,
//! `spawn` with a handle that is a future, and timers on a heap with a
//! clock that jumps to the next one when nothing is ready, which is what
//! tokio's paused clock does. Then it cooks the same meal on it and on
//! tokio, and draws both.
//!
//! Run it: `cargo run -p lesson-23` (real clock) or
//! `cargo run -p lesson-23 -- --virtual-clock` (exact and instant).

use std::time::Duration;

use given::lesson23::{Log, from_another_thread, now, probe, wake_twice, yield_now};
use lesson_23::{
    CLOCK_UNIT, block_on, boxed, in_lesson_units, rows, run_tasks, sleep, spawn, units_since,
    use_real_clock,
};
use timeline::lesson::{Clock, section, show, time_and_draw};
use timeline::{Recorder, traced};

/// One unit of the story. 40 ms keeps the whole lesson under 3 seconds.
const UNIT: Duration = Duration::from_millis(40);

/// The meal: rice 3 units, vegetables 2, meat 5.
const DISHES: [(&str, u32); 3] = [("rice", 3), ("vegetables", 2), ("meat", 5)];

fn main() -> anyhow::Result<()> {
    if Clock::from_args() == Clock::Real {
        use_real_clock(UNIT);
    }
    timeline::lesson::run("Lesson 23: an executor of your own", UNIT, lesson)
}

async fn lesson(recorder: Recorder) {
    section(1, "block_on: poll, park until woken, poll again");
    let log = Log::new();
    let answer = block_on(probe(&log, "answer", async { 42 }));
    println!("a future ready at once: {answer}, after {} poll", log.polls("answer"));
    block_on(probe(&log, "remote", from_another_thread(Duration::from_millis(30), 3)));
    println!(
        "a future another thread finishes, after unparking this thread 3 times without a \
         wake: {} polls (the stray unparks found the woken flag unset, and parked again)",
        log.polls("remote")
    );

    section(2, "a ready queue: tasks that are their own wakers");
    let log = Log::new();
    let yielding = |name: &str| {
        boxed(probe(&log, name, async {
            for _ in 0..2 {
                yield_now().await
            }
        }))
    };
    run_tasks(vec![yielding("a"), yielding("b"), boxed(probe(&log, "twice", wake_twice()))]);
    println!("polled in this order: {}", log.order().join(", "));
    println!(
        "`twice` woke itself twice in its first poll, and was queued and polled once for both"
    );

    section(3, "spawn: a handle that is itself a future");
    let log = Log::new();
    let child_log = log.clone();
    let main_task = probe(&log, "main", async move {
        let handle = spawn(probe(&child_log, "child", async {
            yield_now().await;
            "rice is ready"
        }));
        println!("main awaits the child's handle...");
        println!("...and gets {:?}", handle.await);
    });
    run_tasks(vec![boxed(main_task)]);
    println!("polled in this order: {}", log.order().join(", "));

    section(4, "the clock: timers fire only when nothing is ready");
    let log = Log::new();
    let start = now();
    let spinner = probe(&log, "spinner", async {
        for _ in 0..3 {
            yield_now().await
        }
    });
    run_tasks(vec![boxed(probe(&log, "sleeper", sleep(CLOCK_UNIT))), boxed(spinner)]);
    for event in log.events() {
        println!("{:>8} polled at unit {}", event.task, units_since(start, event.at));
    }
    println!(
        "the spinner's four polls all came at 0: its wake-ups kept the queue busy, so the clock waited"
    );

    section(5, "cooking on our executor, then on tokio");
    let log = Log::new();
    let start = now();
    let dishes = DISHES.map(|(name, n)| boxed(probe(&log, name, sleep(CLOCK_UNIT * n))));
    run_tasks(dishes.into());
    let ours = in_lesson_units(&log.timeline(), start, UNIT);
    show(&ours);
    println!("our executor: the meal took {} units", units_since(start, now()));
    let (_, took) = time_and_draw(&recorder, cook_on_tokio()).await;
    println!("tokio: the meal took {} units", (took.as_secs_f64() / UNIT.as_secs_f64()).round());
    let same = rows(ours.spans(), UNIT) == rows(recorder.timeline().spans(), UNIT);
    println!("the same rows, to the unit: {}", if same { "yes" } else { "no" });
}

async fn cook_on_tokio() {
    let [rice, vegetables, meat] =
        DISHES.map(|(name, n)| traced(name, tokio::time::sleep(UNIT * n)));
    tokio::join!(rice, vegetables, meat);
}
