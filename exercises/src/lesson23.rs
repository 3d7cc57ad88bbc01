//! Lesson 23: an executor of your own.
//!
//! Grade with `cargo test lesson23`. One unit is one virtual second, on the
//! virtual clock of `given::lesson23` that your executor moves.

use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};
use std::pin::{Pin, pin};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};
use std::time::Duration;

// The helpers these exercises use; read them in `lessons/given/src/lesson23.rs`.
pub use given::lesson23::{
    Event, Log, UNIT, What, advance_to, from_another_thread, now, probe, signal, units, wake_twice,
    yield_now,
};

/// A task's future, boxed so that one queue holds tasks of every type.
/// `Send`, because a waker may be called from any thread.
pub type BoxedTask = Pin<Box<dyn Future<Output = ()> + Send>>;

// ANCHOR: block_on
/// The waker of [`block_on`]: waking it sets `woken` and unparks the
/// thread that waits.
struct Unparker {
    thread: Thread,
    woken: AtomicBool,
}

impl Wake for Unparker {
    fn wake(self: Arc<Self>) {
        todo!()
    }
}

/// Run `future` to completion on this thread and return its output. Poll
/// it; while it is `Pending`, park the thread (`std::thread::park`) until
/// its waker is called, then poll it again. The waker wraps an
/// `Arc<Unparker>` (write `impl Wake for Unparker`): waking sets `woken`
/// and unparks the thread.
///
/// asyncio: `asyncio.run(main())`, or `loop.run_until_complete(fut)`.
///
/// Expect: a future woken from another thread after a while is polled
/// exactly twice, and the thread does nothing in between (no busy loop).
/// `park` may also return when nobody woke the future (a spurious unpark,
/// or another thread's `unpark`): poll again only once `woken` is set.
pub fn block_on<F: Future>(future: F) -> F::Output {
    todo!()
}
// ANCHOR_END: block_on

// ANCHOR: run_tasks
/// The ready queue: tasks waiting to be polled, first in first out.
type ReadyQueue = Arc<Mutex<VecDeque<Arc<Task>>>>;

/// A task: its future (taken out when it finishes), whether it is in the
/// ready queue now, and the queue its waker puts it back on.
struct Task {
    future: Mutex<Option<BoxedTask>>,
    queued: AtomicBool,
    ready: ReadyQueue,
}

impl Wake for Task {
    fn wake(self: Arc<Self>) {
        todo!()
    }
}

thread_local! {
    /// The ready queue of the executor running on this thread, for `spawn`.
    static CURRENT: RefCell<Option<ReadyQueue>> = const { RefCell::new(None) };
}

/// Puts a new task at the back of `ready`.
fn schedule(ready: &ReadyQueue, future: BoxedTask) {
    let task = Task {
        future: Mutex::new(Some(future)),
        queued: AtomicBool::new(false),
        ready: Arc::clone(ready),
    };
    Arc::new(task).wake();
}

/// Run `tasks` on a single-thread executor until none can go on. Each task
/// is an `Arc<Task>` whose waker is the task itself (write `impl Wake for
/// Task`): waking it puts it at the back of the ready queue, unless it is
/// there already. Start with the tasks in order in the queue; then poll
/// the task at the front, one poll at a time, until the queue is empty.
/// Then fire the timers ([`sleep`]'s `fire_timers`): if one fired, go on;
/// if none was set, return. Keep the ready queue in `CURRENT` while you
/// run, so that [`spawn`] finds it.
///
/// asyncio: `loop._ready`, a deque of callbacks, and `_run_once`, which
/// runs what was ready when it began.
///
/// Expect: tasks `a` and `b`, each yielding twice, are polled a, b, a, b,
/// a, b; a task woken twice before it runs is polled once for both wakes;
/// a task woken from inside another task's poll runs after it.
pub fn run_tasks(tasks: Vec<BoxedTask>) {
    todo!()
}
// ANCHOR_END: run_tasks

// ANCHOR: spawn
/// What a task's output slot holds: the output once it is there, and the
/// waker of whoever awaits the handle.
struct Slot<T> {
    output: Option<T>,
    waker: Option<Waker>,
}

/// A handle to a spawned task: a future that resolves to the task's output.
pub struct JoinHandle<T> {
    slot: Arc<Mutex<Slot<T>>>,
}

impl<T> Future for JoinHandle<T> {
    type Output = T;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        todo!()
    }
}

/// Spawn `future` as a new task on the executor running on this thread
/// (the queue in `CURRENT`, at its back) and return a [`JoinHandle`]: a
/// future that resolves to the task's output. The task puts its output in
/// the handle's slot and wakes whoever awaits the handle. Panics outside
/// [`run_tasks`].
///
/// asyncio: `asyncio.create_task(coro)`, and awaiting the task it returns.
///
/// Expect: a task that spawns a child and awaits its handle is polled
/// twice (once to start, once when the child is done) and gets the child's
/// output; the child runs after the tasks already in the queue.
pub fn spawn<F>(future: F) -> JoinHandle<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    todo!()
}
// ANCHOR_END: spawn

// ANCHOR: sleep
/// A timer: when it is due, the order it was set in (ties fire in that
/// order), and the waker to call. Ordered by `(deadline, order)` only.
struct Timer {
    deadline: Duration,
    order: u64,
    waker: Waker,
}

impl PartialEq for Timer {
    fn eq(&self, other: &Self) -> bool {
        (self.deadline, self.order) == (other.deadline, other.order)
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
        (self.deadline, self.order).cmp(&(other.deadline, other.order))
    }
}

/// The timers set on this thread, earliest first, and how many were ever
/// set (the next timer's `order`).
#[derive(Default)]
struct Timers {
    heap: BinaryHeap<Reverse<Timer>>,
    set: u64,
}

thread_local! {
    /// The timers of the executor running on this thread.
    static TIMERS: RefCell<Timers> = RefCell::default();
}

/// The future [`sleep`] returns.
pub struct Sleep {
    deadline: Duration,
    set: bool,
}

impl Future for Sleep {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        todo!()
    }
}

/// When nothing is ready: moves the clock to the earliest timer's deadline
/// and wakes every timer due then, in the order they were set. False when
/// no timer is set.
fn fire_timers() -> bool {
    // Part of the `sleep` exercise: until it is written, no timer is ever set.
    false
}

/// Return a future that is ready once the virtual clock ([`now`]) reaches
/// the time of this call plus `duration`. Its first `Pending` poll sets a
/// timer: the deadline and the waker, pushed on a heap
/// (`BinaryHeap<Reverse<Timer>>`). Write `fire_timers` too: [`run_tasks`]
/// calls it when no task is ready; it moves the clock to the earliest
/// deadline ([`advance_to`]) and wakes every timer due then, in the order
/// they were set; it returns false when no timer is set.
///
/// asyncio: `await asyncio.sleep(d)`, whose `call_later` puts a timer on
/// the loop's `_scheduled` heap. Virtual time jumps as on tokio's paused
/// clock.
///
/// Expect: rice (3 units), vegetables (2) and meat (5) cooked together
/// finish at 3, 2 and 5. While any task is ready, the clock stands still.
pub fn sleep(duration: Duration) -> Sleep {
    todo!()
}
// ANCHOR_END: sleep
