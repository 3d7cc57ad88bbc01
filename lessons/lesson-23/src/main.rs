//! Lesson 23: an executor of your own.
//!
//! tokio is a library, and so is what it does: a loop that polls futures.
//! This program builds one in four steps: `block_on` (poll, park until
//! woken, poll again), a ready queue of tasks that are their own wakers,
//! `spawn` with a handle that is a future, and timers on a heap with a
//! clock that jumps to the next one when nothing is ready, which is what
//! tokio's paused clock does. Then it cooks the same meal on it and on
//! tokio, and draws both.
//!
//! Run it: `cargo run -p lesson-23` (real clock) or
//! `cargo run -p lesson-23 -- --virtual-clock` (exact and instant).

use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};
use std::pin::{Pin, pin};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};
use std::time::Duration;

use given::lesson23::{Log, advance_to, from_another_thread, now, probe, wake_twice, yield_now};
use timeline::lesson::{Clock, section, show, time_and_draw};
use timeline::{Recorder, Span, Timeline, traced};

/// One unit of the story. 40 ms keeps the whole lesson under 3 seconds.
const UNIT: Duration = Duration::from_millis(40);

/// The meal: rice 3 units, vegetables 2, meat 5.
const DISHES: [(&str, u32); 3] = [("rice", 3), ("vegetables", 2), ("meat", 5)];

/// Set on the real clock: the executor then sleeps for real until its next
/// timer, where on the virtual clock it jumps there at once.
static REAL_CLOCK: AtomicBool = AtomicBool::new(false);

fn main() -> anyhow::Result<()> {
    REAL_CLOCK.store(Clock::from_args() == Clock::Real, Ordering::SeqCst);
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
    run_tasks(vec![boxed(probe(&log, "sleeper", sleep(UNIT_OF_CLOCK))), boxed(spinner)]);
    for event in log.events() {
        println!("{:>8} polled at unit {}", event.task, units_since(start, event.at));
    }
    println!(
        "the spinner's four polls all came at 0: its wake-ups kept the queue busy, so the clock waited"
    );

    section(5, "cooking on our executor, then on tokio");
    let log = Log::new();
    let start = now();
    let dishes = DISHES.map(|(name, n)| boxed(probe(&log, name, sleep(UNIT_OF_CLOCK * n))));
    run_tasks(dishes.into());
    let ours = in_lesson_units(&log.timeline(), start);
    show(&ours);
    println!("our executor: the meal took {} units", units_since(start, now()));
    let (_, took) = time_and_draw(&recorder, cook_on_tokio()).await;
    println!("tokio: the meal took {} units", (took.as_secs_f64() / UNIT.as_secs_f64()).round());
    let same = rows(ours.spans()) == rows(recorder.timeline().spans());
    println!("the same rows, to the unit: {}", if same { "yes" } else { "no" });
}

/// The executor's clock counts whole seconds per unit, like the graded tests.
const UNIT_OF_CLOCK: Duration = Duration::from_secs(1);

fn units_since(start: Duration, at: Duration) -> f64 {
    (at - start).as_secs_f64() / UNIT_OF_CLOCK.as_secs_f64()
}

/// Our executor's timeline, counted from `start` and drawn in this
/// lesson's unit, like tokio's.
fn in_lesson_units(timeline: &Timeline, start: Duration) -> Timeline {
    let scale = |at: Duration| UNIT.mul_f64(units_since(start, at));
    let spans = timeline.spans().iter().map(|span| Span {
        start: scale(span.start),
        end: scale(span.end),
        ..span.clone()
    });
    Timeline::new(spans.collect())
}

/// Each row's label, start and end, in whole units.
fn rows(spans: &[Span]) -> Vec<(String, u64, u64)> {
    let unit = |at: Duration| (at.as_secs_f64() / UNIT.as_secs_f64()).round() as u64;
    let mut rows: Vec<_> =
        spans.iter().map(|span| (span.label.clone(), unit(span.start), unit(span.end))).collect();
    rows.sort();
    rows
}

async fn cook_on_tokio() {
    let [rice, vegetables, meat] =
        DISHES.map(|(name, n)| traced(name, tokio::time::sleep(UNIT * n)));
    tokio::join!(rice, vegetables, meat);
}

// ---- the executor ----

/// A task's future, boxed so that one queue holds tasks of every type.
type BoxedTask = Pin<Box<dyn Future<Output = ()> + Send>>;

fn boxed(future: impl Future<Output = ()> + Send + 'static) -> BoxedTask {
    Box::pin(future)
}

// ANCHOR: unparker
/// `block_on`'s waker: sets the flag, then unparks the waiting thread.
struct Unparker {
    thread: Thread,
    woken: AtomicBool,
}

impl Wake for Unparker {
    fn wake(self: Arc<Self>) {
        self.woken.store(true, Ordering::SeqCst);
        self.thread.unpark();
    }
}
// ANCHOR_END: unparker

// ANCHOR: block_on
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let unparker = Arc::new(Unparker { thread: thread::current(), woken: AtomicBool::new(false) });
    let waker = Waker::from(Arc::clone(&unparker));
    let mut cx = Context::from_waker(&waker);
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
        // `park` may return without a wake: only the flag says "poll again".
        while !unparker.woken.swap(false, Ordering::SeqCst) {
            thread::park();
        }
    }
}
// ANCHOR_END: block_on

// ANCHOR: task
type ReadyQueue = Arc<Mutex<VecDeque<Arc<Task>>>>;

struct Task {
    future: Mutex<Option<BoxedTask>>,
    queued: AtomicBool,
    ready: ReadyQueue,
}

impl Wake for Task {
    fn wake(self: Arc<Self>) {
        if !self.queued.swap(true, Ordering::SeqCst) {
            let ready = Arc::clone(&self.ready);
            ready.lock().expect("the ready queue").push_back(self);
        }
    }
}
// ANCHOR_END: task

// ANCHOR: run
impl Task {
    fn run(self: Arc<Self>) {
        self.queued.store(false, Ordering::SeqCst);
        let waker = Waker::from(Arc::clone(&self));
        let mut slot = self.future.lock().expect("the task");
        if let Some(future) = slot.as_mut()
            && future.as_mut().poll(&mut Context::from_waker(&waker)).is_ready()
        {
            *slot = None;
        }
    }
}
// ANCHOR_END: run

thread_local! {
    static CURRENT: RefCell<Option<ReadyQueue>> = const { RefCell::new(None) };
    static TIMERS: RefCell<(BinaryHeap<Reverse<Timer>>, u64)> = RefCell::default();
}

fn schedule(ready: &ReadyQueue, future: BoxedTask) {
    let task = Task {
        future: Mutex::new(Some(future)),
        queued: AtomicBool::new(false),
        ready: Arc::clone(ready),
    };
    Arc::new(task).wake();
}

// ANCHOR: run_tasks
fn run_tasks(tasks: Vec<BoxedTask>) {
    let ready = ReadyQueue::default();
    tasks.into_iter().for_each(|task| schedule(&ready, task));
    CURRENT.with(|current| *current.borrow_mut() = Some(Arc::clone(&ready)));
    loop {
        let next = ready.lock().expect("the ready queue").pop_front();
        match next {
            Some(task) => task.run(),
            None if fire_timers() => {}
            None => break,
        }
    }
    CURRENT.with(|current| *current.borrow_mut() = None);
}
// ANCHOR_END: run_tasks

// ANCHOR: spawn
struct JoinHandle<T>(Arc<Mutex<(Option<T>, Option<Waker>)>>);

impl<T> Future for JoinHandle<T> {
    type Output = T;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        let mut slot = self.0.lock().expect("the handle");
        match slot.0.take() {
            Some(output) => Poll::Ready(output),
            None => {
                slot.1 = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}

fn spawn<F>(future: F) -> JoinHandle<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    let slot = Arc::new(Mutex::new((None, None)));
    let handle = JoinHandle(Arc::clone(&slot));
    let task = async move {
        let output = future.await;
        let waker = {
            let mut slot = slot.lock().expect("the handle");
            slot.0 = Some(output);
            slot.1.take()
        };
        waker.into_iter().for_each(Waker::wake);
    };
    let ready = CURRENT.with(|current| current.borrow().clone()).expect("spawn inside run_tasks");
    schedule(&ready, boxed(task));
    handle
}
// ANCHOR_END: spawn

/// Ordered by deadline, then by the order the timers were set.
struct Timer {
    due: (Duration, u64),
    waker: Waker,
}

impl PartialEq for Timer {
    fn eq(&self, other: &Self) -> bool {
        self.due == other.due
    }
}

impl Eq for Timer {}

impl PartialOrd for Timer {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timer {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.due.cmp(&other.due)
    }
}

// ANCHOR: sleep
struct Sleep {
    deadline: Duration,
    set: bool,
}

impl Future for Sleep {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if now() >= self.deadline {
            return Poll::Ready(());
        }
        if !self.set {
            self.set = true;
            let (deadline, waker) = (self.deadline, cx.waker().clone());
            TIMERS.with(|timers| {
                let (heap, set) = &mut *timers.borrow_mut();
                heap.push(Reverse(Timer { due: (deadline, *set), waker }));
                *set += 1;
            });
        }
        Poll::Pending
    }
}

fn sleep(duration: Duration) -> Sleep {
    Sleep { deadline: now() + duration, set: false }
}
// ANCHOR_END: sleep

// ANCHOR: fire_timers
/// Nothing is ready: jump (or, on the real clock, sleep) to the earliest
/// deadline and wake every timer due then.
fn fire_timers() -> bool {
    let due = TIMERS.with(|timers| {
        let (heap, _) = &mut *timers.borrow_mut();
        let Reverse(first) = heap.pop()?;
        let mut due = vec![first];
        while heap.peek().is_some_and(|Reverse(next)| next.due.0 == due[0].due.0) {
            due.extend(heap.pop().map(|Reverse(timer)| timer));
        }
        Some(due)
    });
    let Some(due) = due else { return false };
    let deadline = due[0].due.0;
    if REAL_CLOCK.load(Ordering::SeqCst) {
        thread::sleep(UNIT.mul_f64(units_since(now(), deadline)));
    }
    advance_to(deadline);
    due.into_iter().for_each(|timer| timer.waker.wake());
    true
}
// ANCHOR_END: fire_timers
