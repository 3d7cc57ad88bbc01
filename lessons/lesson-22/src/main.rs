//! Lesson 22: Pin, and futures that hold references.
//!
//! An `async` block keeps its locals inside the future it becomes, and a
//! reference to one of them points into the future itself. Move the future
//! after it has been polled and that reference would point at the old
//! place. So a future, once polled, stays put: `poll` takes
//! `self: Pin<&mut Self>`, a promise that it will not move again.
//! `Box::pin` pins on the heap, `std::pin::pin!` and `tokio::pin!` on the
//! stack; a type whose values may move freely anyway is `Unpin`.
//! `pin-project-lite` turns a pinned struct into pinned fields, which is how
//! a future or a stream wraps another one. And the bug that matters in
//! practice: a `select!` loop that makes a new `sleep` each turn never
//! reaches its deadline while messages keep coming; one pinned `sleep`,
//! polled by `&mut` in every turn, does.
//!
//! Run it: `cargo run -p lesson-22` (real clock) or
//! `cargo run -p lesson-22 -- --virtual-clock` (exact and instant).

use std::pin::{Pin, pin};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use pin_project_lite::pin_project;
use timeline::lesson::{secs, section, time_and_draw};
use timeline::{Recorder, traced};
use tokio::sync::mpsc;
use tokio::time::sleep;

/// One unit of the story. 100 ms keeps the whole lesson near 2.5 seconds.
const UNIT: Duration = Duration::from_millis(100);

fn main() -> anyhow::Result<()> {
    timeline::lesson::run("Lesson 22: Pin, and futures that hold references", UNIT, lesson)?;
    Ok(())
}

async fn lesson(recorder: Recorder) {
    section(1, "A future that borrows its own locals");
    where_the_buffer_lives().await;
    one_future_for_many_awaits();

    section(2, "Pinned three ways, projected with pin-project-lite");
    let ((steps, polls), took) = time_and_draw(&recorder, Box::pin(counted(three_steps()))).await;
    println!("Box::pin:     {steps} steps, polled {polls} times, in {}", secs(took));
    let ((steps, polls), took) = time_and_draw(&recorder, pinned_on_the_stack()).await;
    println!("pin!:         {steps} steps, polled {polls} times, in {}", secs(took));
    let ((steps, polls), took) = time_and_draw(&recorder, counted(three_steps())).await;
    println!("plain .await: {steps} steps, polled {polls} times, in {}", secs(took));
    println!("once to start, once per wake: the same count, pinned anywhere.");

    section(3, "A deadline across select! turns: made each turn, or made once");
    let (got, took) = time_and_draw(&recorder, collect(Deadline::MadeEachTurn)).await;
    println!("sleep(limit) in each turn: {} messages, returned at {}", got.len(), secs(took));
    let (got, took) = time_and_draw(&recorder, collect(Deadline::PinnedOnce)).await;
    println!("one pinned sleep:          {} messages, returned at {}", got.len(), secs(took));
    println!(
        "the limit was {}: a message every unit pushed the recreated deadline back each time.",
        secs(LIMIT)
    );
}

// ANCHOR: borrows
/// An `async fn` whose local `buffer` is borrowed across an `.await`: both
/// `buffer` and `view`, a reference into it, are kept in the future while
/// it waits. It writes where `buffer` is to `address`.
async fn borrowing(address: Arc<AtomicUsize>) -> usize {
    let buffer = [7u8; 1024];
    let view = &buffer[..];
    address.store(buffer.as_ptr() as usize, Ordering::SeqCst);
    sleep(UNIT).await;
    view.len()
}

async fn where_the_buffer_lives() {
    let address = Arc::new(AtomicUsize::new(0));
    let mut future = Box::pin(borrowing(Arc::clone(&address)));
    let start = &*future as *const _ as usize;
    let size = std::mem::size_of_val(&*future);
    // One poll: the block runs to its `sleep` and stops there, its locals
    // kept in the future's own memory.
    let first = std::future::poll_fn(|cx| Poll::Ready(future.as_mut().poll(cx))).await;
    let buffer = address.load(Ordering::SeqCst);
    println!("after one poll: {}", if first.is_pending() { "Pending" } else { "Ready" });
    println!("the future takes at least its 1024-byte buffer: {}", size >= 1024);
    println!(
        "the buffer lies inside the future's memory: {}",
        (start..start + size).contains(&buffer)
    );
    println!("so `view` points into the future: moved, it would point at the old place.");
    println!("the future finishes where it is: {} bytes viewed", future.await);
}
// ANCHOR_END: borrows

// ANCHOR: no_allocation
/// Three waits in turn. One future holds whichever of them is running:
/// its size is known when it is compiled, and awaiting allocates nothing.
async fn three_steps() -> usize {
    for step in ["step 1", "step 2", "step 3"] {
        traced(step, sleep(UNIT)).await;
    }
    3
}

fn one_future_for_many_awaits() {
    let one = std::mem::size_of_val(&traced("step 1", sleep(UNIT)));
    let three = std::mem::size_of_val(&async {
        traced("step 1", sleep(UNIT)).await;
        traced("step 2", sleep(UNIT)).await;
        traced("step 3", sleep(UNIT)).await;
    });
    // Only one wait is in progress at a time, so the three share one place.
    println!("three awaits in turn need less than twice the room of one: {}", three < 2 * one);
}
// ANCHOR_END: no_allocation

// ANCHOR: counted
pin_project! {
    /// A future around another one that counts how often it was polled.
    struct Counted<F> {
        // Pinned: `inner` may not be `Unpin`, so it gets `Pin<&mut F>`.
        #[pin]
        inner: F,
        // Not pinned: a counter may move, so it gets a plain `&mut u32`.
        polls: u32,
    }
}

fn counted<F: Future>(inner: F) -> Counted<F> {
    Counted { inner, polls: 0 }
}

impl<F: Future> Future for Counted<F> {
    type Output = (F::Output, u32);

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        *this.polls += 1;
        // `Pending` from `inner` means it has the waker: pass it on.
        this.inner.poll(cx).map(|output| (output, *this.polls))
    }
}
// ANCHOR_END: counted

// ANCHOR: pinned_on_the_stack
/// `pin!` pins in place, in the enclosing future's own memory; the result
/// is a `Pin<&mut _>`, a future too, awaited here through `as_mut`, so the
/// pinned future could be polled again (it must not be after `Ready`).
async fn pinned_on_the_stack() -> (usize, u32) {
    let mut future = pin!(counted(three_steps()));
    future.as_mut().await
}
// ANCHOR_END: pinned_on_the_stack

/// The time limit of the collection in section 3.
const LIMIT: Duration = Duration::from_millis(350);

/// Where the `select!` loop gets its deadline from.
#[derive(Clone, Copy)]
enum Deadline {
    MadeEachTurn,
    PinnedOnce,
}

/// A producer sends a message every unit, six in all, and keeps the
/// channel open until 12 units; the loop collects until the limit.
async fn collect(deadline: Deadline) -> Vec<u32> {
    let (sender, mut receiver) = mpsc::channel(8);
    let producer = tokio::spawn(async move {
        for number in 1..=6 {
            sleep(UNIT).await;
            let _ = sender.send(number).await;
        }
        sleep(UNIT * 6).await;
    });
    let got = match deadline {
        Deadline::MadeEachTurn => made_each_turn(&mut receiver).await,
        Deadline::PinnedOnce => pinned_once(&mut receiver).await,
    };
    producer.abort();
    got
}

// ANCHOR: made_each_turn
/// The bug: `sleep(LIMIT)` is a new future each turn, with a new deadline
/// `LIMIT` from now. Every message ends the turn, and with it that sleep.
async fn made_each_turn(receiver: &mut mpsc::Receiver<u32>) -> Vec<u32> {
    let mut got = Vec::new();
    loop {
        tokio::select! {
            biased;
            Some(message) = receiver.recv() => got.push(message),
            () = traced("deadline", sleep(LIMIT)) => return got,
        }
    }
}
// ANCHOR_END: made_each_turn

// ANCHOR: pinned_once
/// One sleep, made before the loop and pinned; each turn polls the same
/// one through `&mut`, so its deadline stays where it was set.
async fn pinned_once(receiver: &mut mpsc::Receiver<u32>) -> Vec<u32> {
    let deadline = traced("deadline", sleep(LIMIT));
    tokio::pin!(deadline);
    let mut got = Vec::new();
    loop {
        tokio::select! {
            biased;
            Some(message) = receiver.recv() => got.push(message),
            () = &mut deadline => return got,
        }
    }
}
// ANCHOR_END: pinned_once
