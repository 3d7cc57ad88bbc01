//! Given helpers for lesson 23: the virtual clock your executor moves, and
//! instrumented futures that record every poll, so that the grader sees
//! which task your executor ran, when, and how often.
//!
//! Nothing here uses tokio: the executor you write is the only runtime.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::thread;
use std::time::Duration;

use timeline::{Outcome, Span, Timeline};

/// One unit of virtual time: one virtual second.
pub const UNIT: Duration = Duration::from_secs(1);

/// `n` units of virtual time.
pub fn units(n: u64) -> Duration {
    UNIT * n as u32
}

thread_local! {
    /// Virtual time on this thread: each executor runs on one thread.
    static NOW: Cell<Duration> = const { Cell::new(Duration::ZERO) };
}

/// The virtual clock's time on this thread. It starts at zero and moves
/// only when an executor calls [`advance_to`].
pub fn now() -> Duration {
    NOW.with(Cell::get)
}

/// Moves this thread's virtual clock forward to `at`: the executor's jump
/// to its next timer. Panics if `at` is earlier than [`now`]: the clock
/// never goes back.
pub fn advance_to(at: Duration) {
    let now = now();
    assert!(at >= now, "the virtual clock cannot go back from {now:?} to {at:?}");
    NOW.with(|clock| clock.set(at));
}

/// What an instrumented future saw happen to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    /// It was polled and returned `Pending`.
    Pending,
    /// It was polled and returned `Ready`.
    Ready,
}

/// One poll of one instrumented future, at a virtual time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The name given to [`probe`].
    pub task: String,
    /// What the poll returned.
    pub what: What,
    /// The virtual time of the poll ([`now`]).
    pub at: Duration,
}

/// Every poll of the futures wrapped with [`probe`], in order. Clones share
/// one record, so a test can keep one and hand the others to its tasks.
#[derive(Clone, Debug, Default)]
pub struct Log(Arc<Mutex<Vec<Event>>>);

impl Log {
    /// An empty record.
    pub fn new() -> Self {
        Self::default()
    }

    fn record(&self, task: &str, what: What) {
        let event = Event { task: task.to_string(), what, at: now() };
        self.0.lock().expect("the log's lock").push(event);
    }

    /// Every event so far, in order.
    pub fn events(&self) -> Vec<Event> {
        self.0.lock().expect("the log's lock").clone()
    }

    /// The names of the tasks polled, one per poll, in the order of the polls.
    pub fn order(&self) -> Vec<String> {
        self.events().into_iter().map(|event| event.task).collect()
    }

    /// How many times the future named `task` was polled.
    pub fn polls(&self, task: &str) -> usize {
        self.events().iter().filter(|event| event.task == task).count()
    }

    /// When the future named `task` returned `Ready`, if it did.
    pub fn done_at(&self, task: &str) -> Option<Duration> {
        let events = self.events();
        let ready = events.iter().find(|event| event.task == task && event.what == What::Ready);
        ready.map(|event| event.at)
    }

    /// The timeline of the probed futures, drawn as tokio's tasks are: each
    /// from its first poll to the poll that returned `Ready`. A future never
    /// finished ends, cancelled, at its last poll.
    pub fn timeline(&self) -> Timeline {
        let events = self.events();
        let mut names: Vec<&str> = Vec::new();
        for event in &events {
            if !names.contains(&event.task.as_str()) {
                names.push(&event.task);
            }
        }
        let spans = names.iter().map(|name| {
            let mine: Vec<&Event> = events.iter().filter(|event| event.task == *name).collect();
            let (first, last) = (mine[0], mine[mine.len() - 1]);
            let outcome = match last.what {
                What::Ready => Outcome::Finished,
                What::Pending => Outcome::Cancelled,
            };
            let label = name.to_string();
            Span { label, tokio_task: None, start: first.at, end: last.at, outcome }
        });
        Timeline::new(spans.collect())
    }
}

/// Wraps `future` so that `log` records each of its polls under `name`.
pub fn probe<F: Future>(log: &Log, name: &str, future: F) -> Probe<F> {
    Probe { inner: Box::pin(future), log: log.clone(), name: name.to_string() }
}

/// A future that records each of its polls; see [`probe`].
pub struct Probe<F> {
    inner: Pin<Box<F>>,
    log: Log,
    name: String,
}

impl<F: Future> Future for Probe<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let poll = self.inner.as_mut().poll(cx);
        let what = if poll.is_ready() { What::Ready } else { What::Pending };
        self.log.record(&self.name, what);
        poll
    }
}

/// Gives way once: the first poll wakes its own waker and returns
/// `Pending`, the second returns `Ready`. asyncio: `await asyncio.sleep(0)`.
pub fn yield_now() -> YieldNow {
    YieldNow { yielded: false }
}

/// The future [`yield_now`] returns.
pub struct YieldNow {
    yielded: bool,
}

impl Future for YieldNow {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.yielded {
            return Poll::Ready(());
        }
        self.yielded = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

/// Like [`yield_now`], but the first poll wakes its waker twice before it
/// returns `Pending`: a task woken twice must still be polled only once.
pub fn wake_twice() -> WakeTwice {
    WakeTwice { woken: false }
}

/// The future [`wake_twice`] returns.
pub struct WakeTwice {
    woken: bool,
}

impl Future for WakeTwice {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.woken {
            return Poll::Ready(());
        }
        self.woken = true;
        cx.waker().wake_by_ref();
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

/// A one-shot signal: [`Signal`] is a future that waits until its
/// [`Trigger`] fires. asyncio: an `asyncio.Event` (or a bare `Future`) and
/// its `set()` (`set_result`).
pub fn signal() -> (Trigger, Signal) {
    let state = Arc::new(Mutex::new(SignalState::default()));
    (Trigger(Arc::clone(&state)), Signal(state))
}

#[derive(Default)]
struct SignalState {
    fired: bool,
    waker: Option<Waker>,
}

/// Fires its [`Signal`]; see [`signal`].
pub struct Trigger(Arc<Mutex<SignalState>>);

impl Trigger {
    /// Marks the signal fired and wakes the task waiting on it.
    pub fn fire(&self) {
        let waker = {
            let mut state = self.0.lock().expect("the signal's lock");
            state.fired = true;
            state.waker.take()
        };
        if let Some(waker) = waker {
            waker.wake();
        }
    }
}

/// Waits for its [`Trigger`]; see [`signal`].
pub struct Signal(Arc<Mutex<SignalState>>);

impl Future for Signal {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut state = self.0.lock().expect("the signal's lock");
        if state.fired {
            return Poll::Ready(());
        }
        state.waker = Some(cx.waker().clone());
        Poll::Pending
    }
}

/// A future finished by another thread: its first poll starts a thread
/// that first unparks the polling thread `spurious_unparks` times without
/// waking anything (as the OS, or other code, may do), then, `after` of real
/// time, marks the future done and wakes it. A `block_on` that polls again
/// on every unpark polls it more than twice.
pub fn from_another_thread(after: Duration, spurious_unparks: usize) -> FromAnotherThread {
    FromAnotherThread {
        after,
        spurious_unparks,
        done: Arc::new(AtomicBool::new(false)),
        started: false,
    }
}

/// The future [`from_another_thread`] returns.
pub struct FromAnotherThread {
    after: Duration,
    spurious_unparks: usize,
    done: Arc<AtomicBool>,
    started: bool,
}

impl Future for FromAnotherThread {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.done.load(Ordering::SeqCst) {
            return Poll::Ready(());
        }
        if !self.started {
            self.started = true;
            let (done, waker, poller) =
                (Arc::clone(&self.done), cx.waker().clone(), thread::current());
            let (after, unparks) = (self.after, self.spurious_unparks);
            thread::spawn(move || {
                let pause = after / (unparks as u32 + 1);
                for _ in 0..unparks {
                    poller.unpark();
                    thread::sleep(pause);
                }
                thread::sleep(pause);
                done.store(true, Ordering::SeqCst);
                waker.wake();
            });
        }
        Poll::Pending
    }
}
