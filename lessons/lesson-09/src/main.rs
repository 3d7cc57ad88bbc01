//! Lesson 09: semaphores: at most N at once.
//!
//! Ten downloads of one unit each are all done after one unit when they run
//! at once, but the server takes only three connections per client. A
//! semaphore with three permits keeps exactly three in flight: the ten come
//! in waves and are done after four units, still far sooner than ten in
//! turn. A permit goes back whenever a download stops, also when it fails or
//! runs out of time, so one bad download never holds up the rest.
//!
//! Run it: `cargo run -p lesson-09` (real clock) or
//! `cargo run -p lesson-09 -- --virtual-clock` (exact and instant).

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use futures::future::join_all;
use futures::stream;
use timeline::lesson::{ratio, secs, section, time_and_draw};
use timeline::{Recorder, traced};
use tokio::sync::Semaphore;
use tokio::time::{sleep, timeout};

/// One unit of the story. 50 ms keeps the whole lesson under 2 seconds.
const UNIT: Duration = Duration::from_millis(50);

/// Ten files of one unit each.
const FILES: [&str; 10] = [
    "file 01", "file 02", "file 03", "file 04", "file 05", "file 06", "file 07", "file 08",
    "file 09", "file 10",
];

/// How many downloads the server lets one client run at once.
const PERMITS: usize = 3;

// ANCHOR: download
/// Downloads `name` for `units`. Only the download itself is traced, so the
/// timeline shows what is in flight, not what is waiting for a permit.
async fn download(name: &'static str, units: u32) -> &'static str {
    traced(name, sleep(UNIT * units)).await;
    name
}
// ANCHOR_END: download

fn main() -> anyhow::Result<()> {
    timeline::lesson::run("Lesson 09: semaphores: at most N at once", UNIT, lesson)
}

async fn lesson(recorder: Recorder) {
    section(1, "Ten downloads, a semaphore with three permits");
    let (_, limited) = time_and_draw(&recorder, three_at_a_time()).await;
    let limited_in_flight = recorder.timeline().max_concurrency();
    println!("all ten done after {}, at most {limited_in_flight} in flight", secs(limited));

    section(2, "The same ten one after another, and with no limit");
    let (_, in_turn) = time_and_draw(&recorder, one_after_another()).await;
    let in_turn_in_flight = recorder.timeline().max_concurrency();
    let (_, unlimited) = time_and_draw(&recorder, no_limit()).await;
    let unlimited_in_flight = recorder.timeline().max_concurrency();
    println!("one after another  {}  at most {in_turn_in_flight} in flight", secs(in_turn));
    println!("three permits      {}  at most {limited_in_flight} in flight", secs(limited));
    println!("no limit           {}  at most {unlimited_in_flight} in flight", secs(unlimited));
    println!(
        "three permits are {} faster than one after another, and {} slower than no limit.",
        ratio(in_turn, limited),
        ratio(limited, unlimited)
    );

    section(3, "The trap: `let _ =` gives the permit back before the download starts");
    let (_, took) = time_and_draw(&recorder, permit_dropped_at_once()).await;
    let in_flight = recorder.timeline().max_concurrency();
    println!(
        "{in_flight} in flight, all done after {}: the semaphore had three permits and limited \
         nothing",
        secs(took)
    );

    section(4, "A failed or timed-out download gives its permit back at once");
    let (sizes, took) = time_and_draw(&recorder, with_timeout_and_fallback()).await;
    let timeline = recorder.timeline();
    let row = |label: &str| timeline.span(label).expect("every download started").clone();
    println!("{sizes:?}: sizes in the order given, 0 for the failed and the timed-out one");
    println!(
        "style.css failed at {} and video.mp4 ran out of time at {}",
        secs(row("style.css").end),
        secs(row("video.mp4").end)
    );
    println!(
        "font.woff, the last in line, started at {}: the moment video.mp4 gave its permit back",
        secs(row("font.woff").start)
    );
    println!("all six done after {}, at most {} in flight", secs(took), timeline.max_concurrency());

    section(5, "Spawned tasks: Arc<Semaphore> and acquire_owned");
    let (_, took) = time_and_draw(&recorder, in_tasks()).await;
    let timeline = recorder.timeline();
    let tasks: HashSet<_> = timeline.spans().iter().map(|span| span.tokio_task.clone()).collect();
    println!(
        "ten downloads in {} spawned tasks, at most {} in flight, all done after {}",
        tasks.len(),
        timeline.max_concurrency(),
        secs(took)
    );

    section(6, "Streams: buffer_unordered(n) and buffered(n)");
    let (names, unordered) = time_and_draw(&recorder, as_they_finish()).await;
    println!("buffer_unordered(2) gave {names:?} after {}", secs(unordered));
    let (names, ordered) = time_and_draw(&recorder, in_order()).await;
    let timeline = recorder.timeline();
    println!("buffered(2) gave {names:?} after {}", secs(ordered));
    println!(
        "a.txt was done at {}, but b.txt started only at {}: a finished result keeps its slot",
        secs(timeline.span("a.txt").expect("a.txt ran").end),
        secs(timeline.span("b.txt").expect("b.txt ran").start),
    );
    println!(
        "until everything before it has been handed out, so buffered took {} as long.",
        ratio(ordered, unordered)
    );
}

// ANCHOR: limited
async fn three_at_a_time() -> Vec<&'static str> {
    // Python: sem = asyncio.Semaphore(3)
    let semaphore = Semaphore::new(PERMITS);
    let semaphore = &semaphore;
    join_all(FILES.map(|name| async move {
        // Python: async with sem: ...
        let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
        download(name, 1).await
        // `_permit` is dropped here, and the permit goes back.
    }))
    .await
}
// ANCHOR_END: limited

async fn one_after_another() -> Vec<&'static str> {
    let mut names = Vec::new();
    for name in FILES {
        names.push(download(name, 1).await);
    }
    names
}

async fn no_limit() -> Vec<&'static str> {
    join_all(FILES.map(|name| download(name, 1))).await
}

// ANCHOR: trap
async fn permit_dropped_at_once() -> Vec<&'static str> {
    let semaphore = Semaphore::new(PERMITS);
    let semaphore = &semaphore;
    join_all(FILES.map(|name| async move {
        // `_` is not a name: the permit is dropped at the end of this line.
        let _ = semaphore.acquire().await.expect("the semaphore is never closed");
        download(name, 1).await
    }))
    .await
}
// ANCHOR_END: trap

// ANCHOR: fallback
/// How long a download may take once it holds a permit, in units.
const TIME_LIMIT: u32 = 2;

/// Downloads `name` for `units`; then it has `size` bytes, or fails.
async fn fetch(name: &'static str, units: u32, size: Result<u32, &str>) -> Result<u32, String> {
    traced(name, sleep(UNIT * units)).await;
    size.map_err(|error| format!("{name}: {error}"))
}

async fn with_timeout_and_fallback() -> Vec<u32> {
    let downloads = [
        ("index.html", 1, Ok(12)),
        ("style.css", 1, Err("404 not found")),
        ("video.mp4", 20, Ok(900)), // stalls
        ("app.js", 2, Ok(80)),
        ("logo.png", 2, Ok(7)),
        ("font.woff", 1, Ok(3)),
    ];
    let semaphore = Semaphore::new(PERMITS);
    let semaphore = &semaphore;
    join_all(downloads.map(|(name, units, size)| async move {
        let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
        // Inside the permit, so that waiting in line does not count.
        match timeout(UNIT * TIME_LIMIT, fetch(name, units, size)).await {
            Ok(Ok(size)) => size,
            Ok(Err(_)) | Err(_) => 0,
        }
        // Every way out of this block drops `_permit`: no `finally:` needed.
    }))
    .await
}
// ANCHOR_END: fallback

// ANCHOR: tasks
async fn in_tasks() -> Vec<&'static str> {
    let semaphore = Arc::new(Semaphore::new(PERMITS));
    let mut tasks = Vec::new();
    for name in FILES {
        // An owned permit holds an Arc, not a borrow, so a task can keep it.
        // Waiting for it before spawning keeps at most three tasks alive.
        let permit =
            Arc::clone(&semaphore).acquire_owned().await.expect("the semaphore is never closed");
        tasks.push(tokio::spawn(async move {
            let name = download(name, 1).await;
            // Mentioning the permit moves it into the task.
            drop(permit);
            name
        }));
    }
    let joined = join_all(tasks).await;
    joined.into_iter().map(|name| name.expect("a download never panics")).collect()
}
// ANCHOR_END: tasks

/// A big download first, then three small ones.
const BIG_FIRST: [(&str, u32); 4] = [("big.iso", 4), ("a.txt", 1), ("b.txt", 1), ("c.txt", 1)];

// ANCHOR: streams
async fn as_they_finish() -> Vec<&'static str> {
    stream::iter(BIG_FIRST)
        .map(|(name, units)| download(name, units))
        .buffer_unordered(2)
        .collect()
        .await
}

async fn in_order() -> Vec<&'static str> {
    stream::iter(BIG_FIRST).map(|(name, units)| download(name, units)).buffered(2).collect().await
}
// ANCHOR_END: streams
