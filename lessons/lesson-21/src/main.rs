//! Lesson 21: a future by hand (poll and wake).
//!
//! Every `.await` so far polled a future someone else wrote. Here is one
//! written by hand: a flag that another task sets, like an asyncio
//! `Future` resolved by `loop.call_later(d, fut.set_result, v)`. Each poll
//! is printed: who polled, when, and what it returned. Then the three ways
//! such a future goes wrong, each kept safe by a bound: returning `Pending`
//! without keeping the waker (it hangs: a timeout shows it), waking itself
//! at once in every poll (busy: the paused clock stands still while it
//! spins), and keeping only the first waker (the wake-up goes to the task
//! that polled it first, after the future moved on to another). Last, what
//! a finished future does when it is polled again.
//!
//! Run it: `cargo run -p lesson-21` (real clock) or
//! `cargo run -p lesson-21 -- --virtual-clock` (exact and instant).

use std::future::poll_fn;
use std::panic::{self, AssertUnwindSafe};
use std::pin::{Pin, pin};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use timeline::lesson::{secs, section, time_and_draw};
use timeline::{Recorder, traced};
use tokio::time::{Instant, sleep};

/// One unit of the story. 100 ms keeps the whole lesson under 2 seconds.
const UNIT: Duration = Duration::from_millis(100);

/// Polls the busy flag may take before the lesson stops it.
const POLL_CAP: u32 = 10_000;

fn units(n: u32) -> Duration {
    UNIT * n
}

tokio::task_local! {
    /// Which task is running, for the lines each poll prints.
    static WHO: &'static str;
}

/// The task polling right now, by the name it was given.
fn who() -> &'static str {
    WHO.try_with(|who| *who).unwrap_or("the main task")
}

fn main() -> anyhow::Result<()> {
    timeline::lesson::run("Lesson 21: a future by hand (poll and wake)", UNIT, lesson)
}

async fn lesson(recorder: Recorder) {
    section(1, "A future by hand: every poll, printed");
    let (value, took) = time_and_draw(&recorder, set_and_await(Waking::KeepsLatest)).await;
    println!(
        "two polls: one to learn it must wait (and keep the waker), one after the wake; \
         {value:?} after {}",
        secs(took)
    );

    section(2, "Pending, and nobody kept the waker: it hangs");
    let (value, took) = time_and_draw(&recorder, set_and_await(Waking::KeepsNothing)).await;
    println!(
        "{value:?} after {}: the timeout ended the wait; the set at {} woke nobody, and \
         nothing polled the flag again",
        secs(took),
        secs(units(2))
    );

    section(3, "Waking itself at once in every poll: busy");
    let (seen, _) = time_and_draw(&recorder, spin(Waking::WakesAtOnce)).await;
    println!(
        "polled {} times, got {:?}, while the clock moved {}: the task was always ready to \
         run, so the runtime never waited, and the setter's timer (due at {}) {}",
        seen.polls,
        seen.value,
        secs(seen.clock_moved),
        secs(units(1)),
        if seen.value.is_some() { "fired meanwhile" } else { "never fired" }
    );
    let (seen, _) = time_and_draw(&recorder, spin(Waking::KeepsLatest)).await;
    println!(
        "keeping the waker instead: polled {} times, got {:?} after {}",
        seen.polls,
        seen.value,
        secs(seen.clock_moved)
    );

    section(4, "Only the first waker kept: lost once the future moves to another task");
    let (value, took) = time_and_draw(&recorder, move_between_tasks(Waking::KeepsFirst)).await;
    println!(
        "{value:?} after {}: the set at {} woke task A's waker, and task A had ended",
        secs(took),
        secs(units(2))
    );
    println!();
    let (value, took) = time_and_draw(&recorder, move_between_tasks(Waking::KeepsLatest)).await;
    println!(
        "{value:?} after {}: task B's poll replaced the waker, so the set woke task B",
        secs(took)
    );

    section(5, "Polled again after Ready: anything may happen");
    for line in poll_after_ready().await {
        println!("{line}");
    }
}

/// How a [`Flag`] treats the waker while it is not set.
#[derive(Clone, Copy, Debug)]
enum Waking {
    /// Keeps the waker of the latest poll: right.
    KeepsLatest,
    /// Keeps no waker at all.
    KeepsNothing,
    /// Wakes its task at once, in every poll.
    WakesAtOnce,
    /// Keeps the waker of the first poll, and never replaces it.
    KeepsFirst,
}

/// What a [`Flag`] and its [`Setter`] share.
#[derive(Default)]
struct Shared {
    value: Option<u32>,
    waker: Option<Waker>,
}

/// A future that is ready once its [`Setter`] sets a value.
struct Flag {
    shared: Arc<Mutex<Shared>>,
    waking: Waking,
}

/// Sets a [`Flag`].
struct Setter {
    shared: Arc<Mutex<Shared>>,
}

fn flag(waking: Waking) -> (Setter, Flag) {
    let shared = Arc::new(Mutex::new(Shared::default()));
    (Setter { shared: Arc::clone(&shared) }, Flag { shared, waking })
}

fn lock(shared: &Mutex<Shared>) -> MutexGuard<'_, Shared> {
    shared.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

// ANCHOR: flag
impl Future for Flag {
    type Output = u32;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        let mut shared = lock(&self.shared);
        if let Some(value) = shared.value {
            return Poll::Ready(value);
        }
        match self.waking {
            // Right: keep the waker of this poll, for the setter to wake.
            // The task polling now may not be the one that polled before.
            Waking::KeepsLatest => {
                if !shared.waker.as_ref().is_some_and(|kept| kept.will_wake(cx.waker())) {
                    shared.waker = Some(cx.waker().clone());
                }
            }
            // Wrong: nobody can wake this task for the flag any more.
            Waking::KeepsNothing => {}
            // Wrong: "poll me again at once", so it is polled, and again.
            Waking::WakesAtOnce => cx.waker().wake_by_ref(),
            // Wrong once another task polls it: it keeps the old waker.
            Waking::KeepsFirst => {
                shared.waker.get_or_insert_with(|| cx.waker().clone());
            }
        }
        Poll::Pending
    }
}

impl Setter {
    /// Sets the value and wakes the kept waker, if any: `fut.set_result(v)`.
    fn set(self, value: u32, started: Instant) {
        let waker = {
            let mut shared = lock(&self.shared);
            shared.value = Some(value);
            shared.waker.take()
        };
        let woke = match waker {
            Some(waker) => {
                waker.wake();
                "woke the waker it found"
            }
            None => "found no waker to wake",
        };
        println!("  {}: {} set {value} and {woke}", secs(started.elapsed()), who());
    }
}
// ANCHOR_END: flag

// ANCHOR: loud
/// Polls `future` and prints every poll: when, by which task, and what it
/// returned. `poll_fn` turns the closure into a future; `Pin::new` works
/// because a `Flag` holds nothing that must stay in place (it is `Unpin`).
async fn loud<F: Future<Output = u32> + Unpin>(mut future: F, started: Instant) -> u32 {
    let mut polls = 0;
    poll_fn(|cx| {
        polls += 1;
        let polled = Pin::new(&mut future).poll(cx);
        let what = match polled {
            Poll::Ready(value) => format!("Ready({value})"),
            Poll::Pending => "Pending".to_string(),
        };
        println!("  {}: poll {polls} by {}: {what}", secs(started.elapsed()), who());
        polled
    })
    .await
}
// ANCHOR_END: loud

// ANCHOR: within
/// Awaits `work` for `limit` at most. Unlike `tokio::time::timeout`, which
/// polls the future once more when its time is up (and would find a flag
/// set by then), this looks at the deadline first: a future nobody woke is
/// not polled again.
async fn within<F: Future>(limit: Duration, work: F) -> Option<F::Output> {
    tokio::select! {
        biased;
        () = sleep(limit) => None,
        output = work => Some(output),
    }
}
// ANCHOR_END: within

// ANCHOR: set_and_await
/// A setter task sets the flag after 2 units (`loop.call_later`); the main
/// task awaits it, for 5 units at most.
async fn set_and_await(waking: Waking) -> Option<u32> {
    let started = Instant::now();
    let (setter, flag) = flag(waking);
    let setting = tokio::spawn(WHO.scope("the setter task", async move {
        traced("call_later", sleep(units(2))).await;
        setter.set(42, started);
    }));
    let awaited = traced("await the flag", within(units(5), loud(flag, started))).await;
    setting.await.expect("the setter task");
    awaited
}
// ANCHOR_END: set_and_await

/// What [`spin`] saw.
struct Spun {
    polls: u32,
    value: Option<u32>,
    clock_moved: Duration,
}

// ANCHOR: spin
/// Awaits a flag set after 1 unit, but polls it at most [`POLL_CAP`] times.
async fn spin(waking: Waking) -> Spun {
    let started = Instant::now();
    let (setter, mut flag) = flag(waking);
    let mut setting = tokio::spawn(WHO.scope("the setter task", async move {
        traced("call_later", sleep(units(1))).await;
        setter.set(7, started);
    }));
    let mut polls = 0;
    let value = poll_fn(|cx| {
        polls += 1;
        match Pin::new(&mut flag).poll(cx) {
            Poll::Ready(value) => Poll::Ready(Some(value)),
            Poll::Pending if polls == POLL_CAP => Poll::Ready(None),
            Poll::Pending => Poll::Pending,
        }
    })
    .await;
    let clock_moved = started.elapsed();
    // The setter may still wait for its timer: stop it, and wait until it has.
    setting.abort();
    let _ = (&mut setting).await;
    Spun { polls, value, clock_moved }
}
// ANCHOR_END: spin

// ANCHOR: move_between_tasks
/// Task A awaits the flag for 1 unit, gives up and hands it back; task B
/// then awaits it for 5 units. The setter sets it at 2.
// Task A hands the unfinished future on, unawaited: that is the point.
#[allow(clippy::async_yields_async)]
async fn move_between_tasks(waking: Waking) -> Option<u32> {
    let started = Instant::now();
    let (setter, flag) = flag(waking);
    let setting = tokio::spawn(WHO.scope("the setter task", async move {
        traced("call_later", sleep(units(2))).await;
        setter.set(5, started);
    }));
    let task_a = tokio::spawn(WHO.scope("task A", async move {
        let mut flag = flag;
        let waited = traced("task A", within(units(1), loud(&mut flag, started))).await;
        assert!(waited.is_none(), "the flag is set only at 2 units");
        flag
    }));
    let flag = task_a.await.expect("task A");
    let task_b = tokio::spawn(WHO.scope("task B", async move {
        traced("task B", within(units(5), loud(flag, started))).await
    }));
    let value = task_b.await.expect("task B");
    setting.await.expect("the setter task");
    value
}
// ANCHOR_END: move_between_tasks

// ANCHOR: after_ready
/// Awaits three finished-at-once futures, then polls each once more.
async fn poll_after_ready() -> Vec<String> {
    let mut block = pin!(async { 7 });
    let mut ready = std::future::ready(3);
    let mut timer = pin!(sleep(units(1)));
    let outputs = format!("{:?}", (block.as_mut().await, (&mut ready).await, timer.as_mut().await));
    vec![
        format!("awaited: {outputs}"),
        format!("an async block, polled again: {}", poll_once_more(block)),
        format!("std::future::ready, polled again: {}", poll_once_more(Pin::new(&mut ready))),
        format!("tokio's sleep, polled again: {}", poll_once_more(timer)),
    ]
}

/// Polls `future` once, and says what it returned or how it panicked.
fn poll_once_more<F: Future>(future: Pin<&mut F>) -> String
where
    F::Output: std::fmt::Debug,
{
    let mut cx = Context::from_waker(Waker::noop());
    // The panic is expected: print it here, not through the default hook.
    panic::set_hook(Box::new(|_| {}));
    let polled = panic::catch_unwind(AssertUnwindSafe(|| future.poll(&mut cx)));
    drop(panic::take_hook());
    match polled {
        Ok(polled) => format!("{polled:?}"),
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|text| text.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            format!("panicked: {message}")
        }
    }
}
// ANCHOR_END: after_ready
