//! Lesson 03: gather: all results, in order, and errors.
//!
//! Three requests of 3, 1 and 2 units need 3 units when they wait together,
//! not 6. Gathering keeps the results in the order you asked, whatever order
//! they finish in; what happens to the others when one fails is where Python
//! and Rust differ, and the choice is yours in Rust.
//!
//! Run it: `cargo run -p lesson-03` (real clock) or
//! `cargo run -p lesson-03 -- --virtual-clock` (exact and instant).

use std::time::Duration;

use futures::future::{join_all, try_join_all};
use timeline::lesson::{ratio, secs, section, time_and_draw};
use timeline::{Recorder, traced};
use tokio::time::{Instant, sleep};

/// One unit of the story. 50 ms keeps the whole lesson under 2 seconds.
const UNIT: Duration = Duration::from_millis(50);

// ANCHOR: fetch
/// Waits `units`, then returns `value`, or `error` if there is one.
async fn fetch(
    name: &'static str,
    units: u32,
    outcome: Result<u32, &'static str>,
) -> Result<u32, String> {
    traced(name, sleep(UNIT * units)).await;
    outcome.map_err(|error| format!("{name} failed: {error}"))
}
// ANCHOR_END: fetch

fn main() -> anyhow::Result<()> {
    timeline::lesson::run("Lesson 03: gather: all results, in order, and errors", UNIT, lesson)
}

async fn lesson(recorder: Recorder) {
    section(1, "join_all: every result, in argument order");
    let (values, together) = time_and_draw(&recorder, gather_in_order()).await;
    println!("results {values:?}: A, B, C as asked, although B finished first");
    section(2, "The same three requests one after another");
    let (_, in_turn) = time_and_draw(&recorder, one_after_another()).await;
    println!(
        "together {}, one after another {}: together is {} faster.",
        secs(together),
        secs(in_turn),
        ratio(in_turn, together)
    );

    section(3, "Failures in their place (Python: return_exceptions=True)");
    let (results, _) = time_and_draw(&recorder, every_outcome()).await;
    println!("{results:?}");

    section(4, "try_join_all: the first error cancels the rest (unlike Python)");
    let (result, _) = time_and_draw(&recorder, fail_fast()).await;
    println!("{result:?}: A and C were dropped mid-sleep, at the moment B failed");

    section(5, "Spawned tasks: the first error returns, the rest keep running (like Python)");
    let ((result, returned_after), _) = time_and_draw(&recorder, like_python()).await;
    println!(
        "{result:?} came back after {}; A and C finished later on their own",
        secs(returned_after)
    );

    section(6, "A fallback inside each future: nothing to fail");
    let (values, _) = time_and_draw(&recorder, with_fallback()).await;
    println!("{values:?}");
}

// ANCHOR: gather
async fn gather_in_order() -> Vec<u32> {
    // Python: await asyncio.gather(fetch("A", 3), fetch("B", 1), fetch("C", 2))
    let requests = [fetch("A", 3, Ok(10)), fetch("B", 1, Ok(20)), fetch("C", 2, Ok(30))];
    let results = join_all(requests).await;
    results.into_iter().map(|result| result.expect("nothing fails here")).collect()
}
// ANCHOR_END: gather

async fn one_after_another() -> Vec<u32> {
    let mut values = Vec::new();
    for (name, units, value) in [("A", 3, 10), ("B", 1, 20), ("C", 2, 30)] {
        values.push(fetch(name, units, Ok(value)).await.expect("nothing fails here"));
    }
    values
}

/// A 3 units, B 1 unit and fails, C 2 units.
fn requests_where_b_fails() -> [(&'static str, u32, Result<u32, &'static str>); 3] {
    [("A", 3, Ok(10)), ("B", 1, Err("oops!")), ("C", 2, Ok(30))]
}

// ANCHOR: return_exceptions
async fn every_outcome() -> Vec<Result<u32, String>> {
    // Python: await asyncio.gather(..., return_exceptions=True)
    join_all(requests_where_b_fails().map(|(name, units, outcome)| fetch(name, units, outcome)))
        .await
}
// ANCHOR_END: return_exceptions

// ANCHOR: fail_fast
async fn fail_fast() -> Result<Vec<u32>, String> {
    // The futures live inside try_join_all: when it returns early it drops
    // them, and a dropped future is cancelled where it stands.
    try_join_all(requests_where_b_fails().map(|(name, units, outcome)| fetch(name, units, outcome)))
        .await
}
// ANCHOR_END: fail_fast

// ANCHOR: like_python
async fn like_python() -> (Result<Vec<u32>, String>, Duration) {
    let started = Instant::now();
    // Tasks live in the runtime, not in try_join_all: dropping their handles
    // on the early return detaches them, and they run to the end.
    let handles = requests_where_b_fails()
        .map(|(name, units, outcome)| tokio::spawn(fetch(name, units, outcome)));
    let result =
        try_join_all(handles.map(|handle| async { handle.await.expect("the task panicked") }))
            .await;
    let returned_after = started.elapsed();
    // Only so the timeline can show A and C finishing after the error.
    sleep(UNIT * 3).await;
    (result, returned_after)
}
// ANCHOR_END: like_python

// ANCHOR: fallback
async fn with_fallback() -> Vec<u32> {
    let safe = requests_where_b_fails().map(|(name, units, outcome)| async move {
        // Python: try: return await fetch(...) except Exception: return 0
        fetch(name, units, outcome).await.unwrap_or(0)
    });
    join_all(safe).await
}
// ANCHOR_END: fallback
