//! Lesson 23: an executor of your own.
//!
//! The executor is synchronous code, so each run happens on a grading
//! thread with a real-time bound ([`run_bounded`]): an executor that parks
//! for ever or never runs out of work fails with the "hung" verdict in a few
//! seconds. Everything else is exact: which task was polled, in what order,
//! how often, and at what virtual time.

use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use given::lesson23::{
    Event, Log, What, from_another_thread, now, probe, signal, units, wake_twice, yield_now,
};
use timeline::grade::{Gen, SEED_VARIABLE, SYNC_HANG_LIMIT, assert_same, grade, run_bounded};
use timeline::{Span, traced};

use crate::exercise::{BoxedTask, block_on, run_tasks, sleep, spawn};
use crate::reference;

const BLOCK_ON_HANG: &str = "If `block_on` parks: something must unpark it. The waker has to \
     unpark the very thread that parks (`std::thread::current()` taken in `block_on`), and a \
     wake that comes while the future is being polled (before you park) must not be lost: set \
     a flag in the waker and check it before parking.";

const EXECUTOR_HANG: &str = "If your executor loops: it polls only tasks in the ready queue, \
     takes each out before polling it, and stops when the queue is empty and no timer is set. \
     A task that wakes itself goes to the back of the queue, not the front.";

fn millis(ms: u64) -> Duration {
    Duration::from_millis(ms)
}

/// Runs `body` on a grading thread, bounded in real time, and returns what
/// it returned with the log its tasks recorded.
#[track_caller]
fn graded<T: Send + 'static>(
    hint: &'static str,
    body: impl FnOnce(&Log) -> T + Send + 'static,
) -> (T, Log) {
    let log = Log::new();
    let theirs = log.clone();
    let value = run_bounded(SYNC_HANG_LIMIT, hint, move || body(&theirs));
    (value, log)
}

/// Runs `tasks`, built on the grading thread, on the learner's `run_tasks`.
#[track_caller]
fn executed(tasks: impl FnOnce(&Log) -> Vec<BoxedTask> + Send + 'static) -> (Duration, Log) {
    graded(EXECUTOR_HANG, |log| {
        run_tasks(tasks(log));
        now()
    })
}

fn boxed(future: impl Future<Output = ()> + Send + 'static) -> BoxedTask {
    Box::pin(future)
}

fn names(order: &[&str]) -> Vec<String> {
    order.iter().map(|name| name.to_string()).collect()
}

#[track_caller]
fn assert_order(log: &Log, expected: &[&str], what: &str) {
    assert_same(
        log.order(),
        names(expected),
        &format!("the order of the polls: {what}\nevery poll: {:#?}", log.events(),),
    );
}

#[track_caller]
fn assert_polls(log: &Log, task: &str, expected: usize, why: &str) {
    let polls = log.polls(task);
    let busy = if polls > expected * 10 {
        format!(
            "\nBusy: polled {polls} times while it waited: something polls it again without \
             being woken."
        )
    } else {
        String::new()
    };
    assert_same(polls, expected, &format!("how many times `{task}` was polled: {why}{busy}",));
}

// ---- block_on ----

#[test]
fn block_on_returns_the_output_of_a_ready_future() {
    let (value, log) = graded(BLOCK_ON_HANG, |log| block_on(probe(log, "answer", async { 42 })));

    assert_same(value, 42, "what block_on returned: the future's output");
    assert_polls(&log, "answer", 1, "a future ready at once is polled once");
}

#[test]
fn block_on_polls_again_only_when_woken_from_another_thread() {
    let (_, log) = graded(BLOCK_ON_HANG, |log| {
        block_on(probe(log, "remote", from_another_thread(millis(60), 0)))
    });

    assert_polls(
        &log,
        "remote",
        2,
        "once to start, once after the other thread woke it; in between the thread parks",
    );
}

#[test]
fn block_on_sleeps_while_it_waits_instead_of_waking_on_a_timer() {
    let (switches, _) = graded(BLOCK_ON_HANG, |log| {
        let before = voluntary_switches();
        block_on(probe(log, "remote", from_another_thread(millis(200), 0)));
        before.zip(voluntary_switches()).map(|(before, after)| after - before)
    });

    // Linux counts the times a thread gave up its core to wait; elsewhere
    // there is no count to read, and only the polls are checked.
    if let Some(switches) = switches {
        assert_same(
            switches < 20,
            true,
            &format!(
                "whether the thread slept through the 200 ms wait: it gave up its core \
                 {switches} times, where one `park` until the wake is one or two (a \
                 `park_timeout` or `sleep` in a loop wakes the thread again and again)"
            ),
        );
    }
}

/// How many times this thread has waited for something so far (Linux only).
fn voluntary_switches() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/thread-self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("voluntary_ctxt_switches:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn block_on_does_not_poll_on_a_spurious_unpark() {
    // The other thread unparks the waiting thread three times without
    // waking the future, then wakes it.
    let (_, log) = graded(BLOCK_ON_HANG, |log| {
        block_on(probe(log, "remote", from_another_thread(millis(120), 3)))
    });

    assert_polls(
        &log,
        "remote",
        2,
        "`park` returned three times without a wake (another thread's `unpark`); poll again \
         only once the waker was called: keep a `woken` flag and park again while it is not set",
    );
}

/// Wakes itself at its first poll; at its second, unparks the thread
/// that polls it without waking anything, and has another thread finish it
/// and wake it 40 ms later.
#[derive(Default)]
struct UnparksItself {
    polls: u32,
    done: Arc<AtomicBool>,
}

impl Future for UnparksItself {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        self.polls += 1;
        if self.done.load(Ordering::SeqCst) {
            return Poll::Ready(());
        }
        if self.polls == 1 {
            cx.waker().wake_by_ref();
        } else if self.polls == 2 {
            std::thread::current().unpark();
            let (waker, done) = (cx.waker().clone(), Arc::clone(&self.done));
            std::thread::spawn(move || {
                std::thread::sleep(millis(40));
                done.store(true, Ordering::SeqCst);
                waker.wake();
            });
        }
        Poll::Pending
    }
}

#[test]
fn block_on_does_not_poll_when_the_thread_unparks_itself() {
    let (_, log) =
        graded(BLOCK_ON_HANG, |log| block_on(probe(log, "stray", UnparksItself::default())));

    assert_polls(
        &log,
        "stray",
        3,
        "the second poll left an unpark for this thread but no wake; only the wake from the \
         other thread 40 ms later may lead to the third poll",
    );
}

#[test]
fn block_on_keeps_a_wake_that_comes_during_the_poll() {
    let (_, log) = graded(BLOCK_ON_HANG, |log| {
        block_on(probe(log, "eager", async {
            yield_now().await;
            wake_twice().await;
            yield_now().await;
        }))
    });

    assert_polls(
        &log,
        "eager",
        4,
        "each poll woke the future before returning `Pending`: poll again at once, once per \
         `Pending` however many wakes it made",
    );
}

// ---- run_tasks ----

fn yielding(log: &Log, name: &str, times: usize) -> BoxedTask {
    boxed(probe(log, name, async move {
        for _ in 0..times {
            yield_now().await;
        }
    }))
}

#[test]
fn run_tasks_takes_turns_in_queue_order() {
    let (_, log) = executed(|log| vec![yielding(log, "a", 2), yielding(log, "b", 2)]);

    assert_order(
        &log,
        &["a", "b", "a", "b", "a", "b"],
        "a task that wakes itself goes to the back of the queue, behind the other",
    );
}

#[test]
fn run_tasks_with_no_tasks_returns() {
    let (at, log) = executed(|_| Vec::new());

    assert_same((at, log.events()), (Duration::ZERO, Vec::new()), "nothing to run, nothing ran");
}

#[test]
fn run_tasks_polls_a_task_woken_twice_once() {
    let (_, log) = executed(|log| {
        let twice = async {
            wake_twice().await;
            yield_now().await;
        };
        vec![boxed(probe(log, "twice", twice)), yielding(log, "other", 1)]
    });

    assert_order(
        &log,
        &["twice", "other", "twice", "other", "twice"],
        "`twice` woke itself twice during its first poll; it is queued once and polled once \
         for both (keep a `queued` flag in the task), then yields once",
    );
}

#[test]
fn run_tasks_wakes_a_task_from_another_task() {
    let (_, log) = executed(|log| {
        let (trigger, waiting) = signal();
        let waiter = boxed(probe(log, "waiter", waiting));
        let firer = boxed(probe(log, "firer", async move {
            yield_now().await;
            trigger.fire();
        }));
        vec![waiter, firer]
    });

    assert_order(
        &log,
        &["waiter", "firer", "firer", "waiter"],
        "the waiter waits (no poll) until the firer's second poll fires the signal, which \
         queues it",
    );
}

#[test]
fn run_tasks_returns_when_no_task_can_go_on() {
    let (_, log) = executed(|log| {
        let (trigger, waiting) = signal();
        // Kept but never fired: the waiter waits for ever.
        let keeper = boxed(async move {
            yield_now().await;
            drop(trigger);
        });
        vec![boxed(probe(log, "forgotten", waiting)), keeper]
    });

    assert_polls(&log, "forgotten", 1, "nobody wakes it, so it is polled once and never again");
}

/// Ready at its first poll, leaving its waker in `slot` for somebody to
/// call after it finished.
struct LeavesItsWaker {
    slot: Arc<Mutex<Option<Waker>>>,
}

impl Future for LeavesItsWaker {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        *self.slot.lock().unwrap() = Some(cx.waker().clone());
        Poll::Ready(())
    }
}

#[test]
fn run_tasks_never_polls_a_finished_task() {
    let (_, log) = executed(|log| {
        let slot = Arc::new(Mutex::new(None));
        let done = boxed(probe(log, "done", LeavesItsWaker { slot: Arc::clone(&slot) }));
        let late = boxed(probe(log, "late", async move {
            let waker: Option<Waker> = slot.lock().unwrap().take();
            waker.expect("the first task left its waker").wake();
            yield_now().await;
        }));
        vec![done, late]
    });

    assert_order(
        &log,
        &["done", "late", "late"],
        "`late` wakes `done` after it finished; a finished task is never polled again (polled \
         after it returned Ready; drop its future when it is done)",
    );
}

// ---- spawn ----

#[test]
fn spawn_returns_a_handle_that_resolves_to_the_output() {
    let (value, log) = graded(EXECUTOR_HANG, |log| {
        let got = Arc::new(Mutex::new(None));
        let (child_log, put) = (log.clone(), Arc::clone(&got));
        let main = probe(log, "main", async move {
            let handle = spawn(probe(&child_log, "child", async {
                yield_now().await;
                42
            }));
            *put.lock().unwrap() = Some(handle.await);
        });
        run_tasks(vec![boxed(main)]);
        got.lock().unwrap().take()
    });

    assert_same(value, Some(42), "what the handle resolved to: the child's output");
    assert_order(
        &log,
        &["main", "child", "child", "main"],
        "main spawns and waits; the child runs, yields, ends and wakes main",
    );
}

#[test]
fn spawn_queues_the_child_behind_the_tasks_already_ready() {
    let (_, log) = graded(EXECUTOR_HANG, |log| {
        let child_log = log.clone();
        let main = probe(log, "main", async move {
            spawn(probe(&child_log, "child", async {})).await;
        });
        run_tasks(vec![boxed(main), yielding(log, "other", 1)]);
    });

    assert_order(&log, &["main", "other", "child", "other", "main"], "a new task joins the back");
}

#[test]
fn spawn_handle_of_a_finished_task_is_ready_at_once() {
    let (_, log) = graded(EXECUTOR_HANG, |log| {
        let child_log = log.clone();
        let main = probe(log, "main", async move {
            let handle = spawn(probe(&child_log, "child", async { 5 }));
            yield_now().await;
            yield_now().await;
            assert_eq!(handle.await, 5, "the child's output");
        });
        run_tasks(vec![boxed(main)]);
    });

    assert_order(
        &log,
        &["main", "child", "main", "main"],
        "the child ended before main awaited its handle: the handle is ready at its first poll",
    );
    assert_same(
        log.done_at("main"),
        Some(Duration::ZERO),
        "when main was done: the child's output waits in the slot for a handle polled later",
    );
}

#[test]
fn spawn_panics_outside_run_tasks_even_after_a_run_on_this_thread() {
    let (outside, _) = graded(EXECUTOR_HANG, |_| {
        run_tasks(Vec::new());
        std::panic::catch_unwind(|| drop(spawn(async {}))).is_err()
    });

    assert_same(
        outside,
        true,
        "whether `spawn` panicked once `run_tasks` had returned: no executor runs on this \
         thread any more, so `CURRENT` must be empty again",
    );
}

#[test]
fn spawn_handle_wakes_the_task_that_awaits_it_now() {
    // The handle is polled once by main, then moved into another task that
    // awaits it: the waker kept must be the latest one.
    let (_, log) = graded(EXECUTOR_HANG, |log| {
        let (trigger, waiting) = signal();
        let (inner, outer) = (log.clone(), log.clone());
        let main = probe(log, "main", async move {
            let mut handle = spawn(probe(&inner, "child", waiting));
            let first =
                std::future::poll_fn(|cx| Poll::Ready(Pin::new(&mut handle).poll(cx))).await;
            assert!(first.is_pending(), "the child cannot have finished yet");
            spawn(probe(&outer, "awaiter", handle));
        });
        let firer = probe(log, "firer", async move {
            yield_now().await;
            trigger.fire();
        });
        run_tasks(vec![boxed(main), boxed(firer)]);
    });

    assert_same(
        log.done_at("awaiter"),
        Some(Duration::ZERO),
        &format!(
            "the awaiter finished: the handle must wake the task that polled it last (refresh \
         the waker on every poll), not the first one\nevery poll: {:#?}",
            log.events(),
        ),
    );
}

// ---- sleep ----

/// The cooking program of lesson 01 with rice 3, vegetables 2 and meat 5.
const DISHES: [(&str, u64); 3] = [("rice", 3), ("vegetables", 2), ("meat", 5)];

/// The same program on tokio, under the paused clock.
fn cooked_on_tokio() -> Vec<Span> {
    let run = grade(|| async {
        let [rice, vegetables, meat] =
            DISHES.map(|(name, n)| traced(name, tokio::time::sleep(units(n))));
        tokio::join!(rice, vegetables, meat);
    });
    run.timeline.spans().to_vec()
}

fn comparable(spans: &[Span]) -> Vec<(String, Duration, Duration, timeline::Outcome)> {
    let mut rows: Vec<_> =
        spans.iter().map(|span| (span.label.clone(), span.start, span.end, span.outcome)).collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    rows
}

#[test]
fn sleep_cooks_three_dishes_in_five_units_as_tokio_does() {
    let (at, log) = executed(|log| {
        DISHES.iter().map(|&(name, n)| boxed(probe(log, name, sleep(units(n))))).collect()
    });

    assert_same(
        DISHES.map(|(name, _)| log.done_at(name)),
        [Some(units(3)), Some(units(2)), Some(units(5))],
        "when rice, vegetables and meat were done",
    );
    assert_same(at, units(5), "the virtual clock at the end: the longest dish");
    for (name, _) in DISHES {
        assert_polls(&log, name, 2, "once to set the timer, once when it fired");
    }
    assert_same(
        comparable(log.timeline().spans()),
        comparable(&cooked_on_tokio()),
        &format!(
            "the timeline on your executor, next to the same program's on tokio:\n{}",
            log.timeline(),
        ),
    );
}

#[test]
fn sleep_does_not_move_the_clock_while_a_task_is_ready() {
    let (_, log) = executed(|log| {
        vec![boxed(probe(log, "sleeper", sleep(units(1)))), yielding(log, "spinner", 5)]
    });

    let spinner: Vec<Duration> =
        log.events().iter().filter(|e| e.task == "spinner").map(|e| e.at).collect();
    assert_same(
        spinner,
        vec![Duration::ZERO; 6],
        "when the spinner was polled: it was ready all along, so no timer may fire and the \
         clock stands still until the ready queue is empty",
    );
    assert_same(log.done_at("sleeper"), Some(units(1)), "when the sleeper woke");
    assert_order(
        &log,
        &["sleeper", "spinner", "spinner", "spinner", "spinner", "spinner", "spinner", "sleeper"],
        "timers fire only once nothing is ready",
    );
}

#[test]
fn sleep_fires_timers_due_together_in_the_order_they_were_set() {
    let (_, log) = executed(|log| {
        let b = async {
            sleep(units(1)).await;
            sleep(units(1)).await;
        };
        vec![
            boxed(probe(log, "a", sleep(units(2)))),
            boxed(probe(log, "b", b)),
            boxed(probe(log, "c", sleep(units(2)))),
        ]
    });

    assert_order(
        &log,
        &["a", "b", "c", "b", "a", "c", "b"],
        "at 2, three timers are due: a's and c's, set at 0, then b's second, set at 1",
    );
    assert_same(log.done_at("b"), Some(units(2)), "when b was done");
}

#[test]
fn sleep_fires_five_timers_due_together_in_the_order_they_were_set() {
    let cooks = ["one", "two", "three", "four", "five"];
    let (_, log) = executed(move |log| {
        cooks.iter().map(|name| boxed(probe(log, name, sleep(units(1))))).collect()
    });

    let mut order = cooks.to_vec();
    order.extend(cooks);
    assert_order(&log, &order, "five timers due at 1, set in this order: they fire in it");
}

#[test]
fn sleep_wakes_every_timer_due_at_that_instant_before_polling_any() {
    let (_, log) = executed(|log| {
        let first = async {
            sleep(units(1)).await;
            yield_now().await;
        };
        vec![boxed(probe(log, "first", first)), boxed(probe(log, "second", sleep(units(1))))]
    });

    assert_order(
        &log,
        &["first", "second", "first", "second", "first"],
        "both timers are due at 1: both tasks are queued then, so `first`, which yields once \
         more, goes behind `second`",
    );
}

#[test]
fn sleep_jumps_to_deadlines_between_whole_units() {
    let (at, log) = executed(|log| {
        let steps = async {
            sleep(millis(1500)).await;
            sleep(millis(250)).await;
        };
        vec![boxed(probe(log, "steps", steps)), boxed(probe(log, "long", sleep(units(600))))]
    });

    assert_same(log.done_at("steps"), Some(millis(1750)), "when the two sleeps were over");
    assert_same(at, units(600), "the clock at the end: ten minutes of virtual time, at once");
    assert_polls(&log, "steps", 3, "once per timer set, and once at the end");
}

#[test]
fn sleep_counts_from_the_call_not_from_the_first_poll() {
    let (_, log) = executed(|log| {
        let both = async {
            let later = sleep(units(2));
            sleep(units(1)).await;
            later.await;
        };
        vec![boxed(probe(log, "both", both))]
    });

    assert_same(
        log.done_at("both"),
        Some(units(2)),
        "when the sleep of 2 units, made at 0 and first polled at 1, was over: at 2, counted \
         from the call",
    );
}

#[test]
fn sleep_polled_early_by_another_wake_is_not_ready_before_its_deadline() {
    let (_, log) = executed(|log| {
        let joined = async {
            futures::future::join(sleep(units(2)), yield_now()).await;
        };
        vec![boxed(probe(log, "joined", joined))]
    });

    assert_same(
        log.done_at("joined"),
        Some(units(2)),
        "when a sleep of 2 units, polled again at 0 because the yield beside it woke the task, \
         was over: a poll before the deadline is Pending, whoever woke the task",
    );
}

// ---- generated task sets, compared with the reference ----

/// What a generated task does, step by step.
#[derive(Clone, Debug)]
enum Step {
    Yield,
    WakeTwice,
    Sleep(Duration),
    /// Spawns a child running these steps and awaits its handle at once.
    Spawn(Vec<Step>),
}

/// The executor under test: the learner's or the reference.
trait Executor {
    fn run(tasks: Vec<BoxedTask>);
    fn sleep(duration: Duration) -> BoxedTask;
    fn spawn_and_wait(task: BoxedTask) -> BoxedTask;
}

struct Yours;

impl Executor for Yours {
    fn run(tasks: Vec<BoxedTask>) {
        run_tasks(tasks);
    }
    fn sleep(duration: Duration) -> BoxedTask {
        boxed(sleep(duration))
    }
    fn spawn_and_wait(task: BoxedTask) -> BoxedTask {
        boxed(spawn(task))
    }
}

struct Reference;

impl Executor for Reference {
    fn run(tasks: Vec<BoxedTask>) {
        reference::run_tasks(tasks);
    }
    fn sleep(duration: Duration) -> BoxedTask {
        boxed(reference::sleep(duration))
    }
    fn spawn_and_wait(task: BoxedTask) -> BoxedTask {
        boxed(reference::spawn(task))
    }
}

fn script<E: Executor>(log: Log, name: String, steps: Vec<Step>) -> BoxedTask {
    let (recorder, label) = (log.clone(), name.clone());
    boxed(probe(&recorder, &label, async move {
        for (index, step) in steps.into_iter().enumerate() {
            match step {
                Step::Yield => yield_now().await,
                Step::WakeTwice => wake_twice().await,
                Step::Sleep(duration) => E::sleep(duration).await,
                Step::Spawn(child) => {
                    let child = script::<E>(log.clone(), format!("{name}.{index}"), child);
                    E::spawn_and_wait(child).await;
                }
            }
        }
    }))
}

fn events_on<E: Executor>(tasks: Vec<Vec<Step>>) -> (Vec<Event>, Duration) {
    let (at, log) = graded(EXECUTOR_HANG, move |log| {
        let tasks = tasks.into_iter().enumerate();
        E::run(tasks.map(|(i, steps)| script::<E>(log.clone(), format!("t{i}"), steps)).collect());
        now()
    });
    (log.events(), at)
}

/// Which steps a family of scenarios may use.
#[derive(Clone, Copy)]
struct Kinds {
    sleeps: bool,
    spawns: bool,
}

fn steps(g: &mut Gen, kinds: Kinds, depth: u32) -> Vec<Step> {
    let count = g.count();
    g.items(count, |g| match g.below(4) {
        1 => Step::WakeTwice,
        2 if kinds.sleeps => Step::Sleep(g.duration(millis(250), units(3), millis(250))),
        3 if kinds.spawns && depth < 2 => Step::Spawn(steps(g, kinds, depth + 1)),
        _ => Step::Yield,
    })
}

fn seed() -> u64 {
    std::env::var(SEED_VARIABLE).ok().and_then(|text| text.parse().ok()).unwrap_or(23)
}

/// 120 generated task sets, growing from none to eight tasks: the learner's
/// executor must poll the same tasks in the same order at the same virtual
/// times as the reference.
fn compare_with_the_reference(kinds: Kinds) {
    let seed = seed();
    for index in 0..120u64 {
        let mut g =
            Gen::new(seed.wrapping_add(index.wrapping_mul(0x9E37)), (index / 15) as usize + 1);
        let count = g.count();
        let tasks = g.items(count, |g| steps(g, kinds, 0));
        let expected = events_on::<Reference>(tasks.clone());
        let got = events_on::<Yours>(tasks.clone());
        if got != expected {
            let seed_note =
                if seed == 23 { String::new() } else { format!(" ({SEED_VARIABLE}={seed})") };
            panic!(
                "Your executor ran a generated task set{seed_note} differently from the reference.\n\
                 The tasks (t0, t1, ...; a spawned child of t0 at step 2 is t0.2):\n{tasks:#?}\n\
                 Your polls, then the clock at the end:\n{}\n{got:?}\n\
                 The reference's polls, then the clock at the end:\n{}\n{expected:?}",
                describe(&got.0),
                describe(&expected.0),
                got = got.1,
                expected = expected.1,
            );
        }
    }
}

fn describe(events: &[Event]) -> String {
    let line = |event: &Event| {
        let what = if event.what == What::Ready { "Ready" } else { "Pending" };
        format!("  {:>7.3}s  {:<8} {what}", event.at.as_secs_f64(), event.task)
    };
    events.iter().map(line).collect::<Vec<_>>().join("\n")
}

#[test]
fn run_tasks_matches_the_reference_on_generated_task_sets() {
    compare_with_the_reference(Kinds { sleeps: false, spawns: false });
}

#[test]
fn spawn_matches_the_reference_on_generated_task_sets() {
    compare_with_the_reference(Kinds { sleeps: false, spawns: true });
}

#[test]
fn sleep_matches_the_reference_on_generated_task_sets() {
    compare_with_the_reference(Kinds { sleeps: true, spawns: true });
}
