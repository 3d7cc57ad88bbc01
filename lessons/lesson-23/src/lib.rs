//! Lesson 23's executor: `block_on`, a ready queue of tasks that are their
//! own wakers, `spawn`, and timers on a virtual clock that jumps to the next
//! one when nothing is ready. The lesson's program (`src/main.rs`) shows it
//! at work; lesson 25's program runs its producer-consumer on it.

use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};
use std::pin::{Pin, pin};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};
use std::time::Duration;

use given::lesson23::{advance_to, now};
use timeline::{Span, Timeline};

/// Real nanoseconds per second of the virtual clock; 0 while the clock is
/// virtual. See [`use_real_clock`].
static REAL_NANOS_PER_SECOND: AtomicU64 = AtomicU64::new(0);

/// From now on, the executor sleeps for real until its next timer, `unit`
/// for each second of its clock, where on the virtual clock it jumps there
/// at once.
pub fn use_real_clock(unit: Duration) {
    REAL_NANOS_PER_SECOND.store(unit.as_nanos() as u64, Ordering::SeqCst);
}

/// A task's future, boxed so that one queue holds tasks of every type.
pub type BoxedTask = Pin<Box<dyn Future<Output = ()> + Send>>;

/// Boxes `future` as a task.
pub fn boxed(future: impl Future<Output = ()> + Send + 'static) -> BoxedTask {
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
/// Runs `future` to completion on this thread: poll, park until woken, poll again.
pub fn block_on<F: Future>(future: F) -> F::Output {
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
/// Runs `tasks` until none can go on: the ready queue first, then the timers.
pub fn run_tasks(tasks: Vec<BoxedTask>) {
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
/// A spawned task's output, as a future.
pub struct JoinHandle<T>(Arc<Mutex<(Option<T>, Option<Waker>)>>);

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

/// Spawns `future` on the executor running on this thread.
pub fn spawn<F>(future: F) -> JoinHandle<F::Output>
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
/// The future [`sleep`] returns.
pub struct Sleep {
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

/// Ready once the clock reaches the time of this call plus `duration`.
pub fn sleep(duration: Duration) -> Sleep {
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
    let real = REAL_NANOS_PER_SECOND.load(Ordering::SeqCst);
    if real > 0 {
        thread::sleep(Duration::from_nanos(real).mul_f64((deadline - now()).as_secs_f64()));
    }
    advance_to(deadline);
    due.into_iter().for_each(|timer| timer.waker.wake());
    true
}
// ANCHOR_END: fire_timers

// ---- beside tokio: the same program's timeline, in the same units ----

/// One unit of the executor's clock: a virtual second, as in the graded
/// tests.
pub const CLOCK_UNIT: Duration = Duration::from_secs(1);

/// How many units of the executor's clock lie between `start` and `at`.
pub fn units_since(start: Duration, at: Duration) -> f64 {
    (at - start).as_secs_f64() / CLOCK_UNIT.as_secs_f64()
}

/// The executor's `timeline`, counted from `start` and redrawn with `unit`
/// per clock unit, so that it can stand beside tokio's of the same program.
pub fn in_lesson_units(timeline: &Timeline, start: Duration, unit: Duration) -> Timeline {
    let scale = |at: Duration| unit.mul_f64(units_since(start, at));
    let spans = timeline.spans().iter().map(|span| Span {
        start: scale(span.start),
        end: scale(span.end),
        ..span.clone()
    });
    Timeline::new(spans.collect())
}

/// Each row's label, start and end in whole `unit`s, sorted: what two
/// timelines of one program must share.
pub fn rows(spans: &[Span], unit: Duration) -> Vec<(String, u64, u64)> {
    let whole = |at: Duration| (at.as_secs_f64() / unit.as_secs_f64()).round() as u64;
    let mut rows: Vec<_> =
        spans.iter().map(|span| (span.label.clone(), whole(span.start), whole(span.end))).collect();
    rows.sort();
    rows
}
