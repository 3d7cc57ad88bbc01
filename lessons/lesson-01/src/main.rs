//! Lesson 01: sequential await, and how to get concurrency.
//!
//! Dinner is rice (3 units), vegetables (5) and meat (8). Cooking them one
//! after another takes the sum, 16 units; cooking them concurrently takes
//! only as long as the slowest dish, 8 units, because a cook who is waiting
//! for the rice can watch the meat at the same time.
//!
//! Run it: `cargo run -p lesson-01` (real clock) or
//! `cargo run -p lesson-01 -- --virtual-clock` (exact and instant).

use std::time::Duration;

use futures::future::join_all;
use timeline::lesson::{Clock, introduce, ratio, secs, section, show, time_and_draw};
use timeline::{Recorder, traced};
use tokio::time::sleep;

/// One unit of the story. 50 ms keeps the whole lesson under 2 seconds.
const UNIT: Duration = Duration::from_millis(50);

// ANCHOR: cook
/// Cooking is waiting: the future sleeps without holding the thread.
async fn cook(dish: &'static str, units: u32) -> &'static str {
    traced(dish, sleep(UNIT * units)).await;
    dish
}
// ANCHOR_END: cook

// ANCHOR: block_on
fn main() -> anyhow::Result<()> {
    let clock = Clock::from_args();
    // `#[tokio::main(flavor = "current_thread", start_paused = true)]` on an
    // `async fn main` writes lines like these for you, for one clock only;
    // plain `#[tokio::main]` builds the multi-thread runtime instead.
    // A runtime is what polls futures; `block_on` is the bridge from ordinary
    // synchronous code into async code, like Python's `asyncio.run(main())`.
    // `start_paused` is the virtual clock the graded tests use.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(clock == Clock::Virtual)
        .build()?;
    runtime.block_on(lesson(clock));
    Ok(())
}
// ANCHOR_END: block_on

async fn lesson(clock: Clock) {
    let recorder = Recorder::install();
    introduce("Lesson 01: sequential await, and how to get concurrency", clock, UNIT);

    section(1, "One dish after another");
    let ((), sequential) = time_and_draw(&recorder, sequential_dinner()).await;
    println!("Each `.await` waits for its dish before the next one starts: {}.", secs(sequential));

    section(2, "All dishes at once with tokio::join!");
    let (ready, concurrent) = time_and_draw(&recorder, concurrent_dinner()).await;
    println!("join! returns in argument order: {ready:?}");
    println!(
        "sequential {}, concurrent {}: concurrent is {} faster.",
        secs(sequential),
        secs(concurrent),
        ratio(sequential, concurrent)
    );
    println!("The sum of the dishes became the longest dish.");

    section(3, "A menu known only at run time: join_all");
    let menu = vec![("soup", 2), ("bread", 4), ("cake", 1)];
    let cooking = join_all(menu.into_iter().map(|(dish, units)| cook(dish, units)));
    let (ready, _) = time_and_draw(&recorder, cooking).await;
    println!("join_all also keeps the input order: {ready:?}");

    section(4, "A future does nothing until it is awaited");
    lazy_future(&recorder).await;

    section(5, "Concurrent is not parallel");
    one_thread().await;
}

// ANCHOR: sequential
async fn sequential_dinner() {
    cook("rice", 3).await;
    cook("vegetables", 5).await;
    cook("meat", 8).await;
}
// ANCHOR_END: sequential

// ANCHOR: concurrent
async fn concurrent_dinner() -> (&'static str, &'static str, &'static str) {
    // Python: await asyncio.gather(cook("rice", 3), cook("vegetables", 5), ...)
    tokio::join!(cook("rice", 3), cook("vegetables", 5), cook("meat", 8))
}
// ANCHOR_END: concurrent

// ANCHOR: lazy
async fn lazy_future(recorder: &Recorder) {
    recorder.restart();
    // Calling an async fn only builds a future. Python would warn "coroutine
    // was never awaited"; rustc warns "futures do nothing unless you `.await`
    // or poll them" if the value is dropped unused.
    let soup = cook("soup", 2);
    sleep(UNIT * 2).await;
    println!("After 2 units, tasks recorded: {}", recorder.timeline().spans().len());
    soup.await;
    show(&recorder.timeline());
    println!("The soup started cooking at 2 units, when it was awaited, not when it was created.");
}
// ANCHOR_END: lazy

// ANCHOR: one_thread
async fn one_thread() {
    let where_it_ran = || async { std::thread::current().name().unwrap_or("unnamed").to_string() };
    let threads = tokio::join!(where_it_ran(), where_it_ran(), where_it_ran());
    println!("The three futures inside join! ran on threads {threads:?}.");
    println!("join! takes turns on one thread: the dishes overlap only while they wait.");
    println!("Work that computes instead of waiting would run one piece at a time (lesson 11).");
}
// ANCHOR_END: one_thread
