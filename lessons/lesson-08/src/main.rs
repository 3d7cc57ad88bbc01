//! Lesson 08: as_completed: results as they arrive.
//!
//! Three requests take 3, 1 and 2 units. Gathering them hands every result
//! over at 3, when the slowest is done. Taking each one as it arrives hands
//! B over at 1 and C at 2, so the work that uses them can start 2 units
//! sooner. `asyncio.as_completed` does this; in tokio it is a `JoinSet` of
//! tasks, or a `FuturesUnordered` of futures that run inside the caller and
//! move on only while the caller polls them.
//!
//! Run it: `cargo run -p lesson-08` (real clock) or
//! `cargo run -p lesson-08 -- --virtual-clock` (exact and instant).

use std::time::Duration;

use futures::StreamExt;
use futures::future::join_all;
use futures::stream::FuturesUnordered;
use timeline::lesson::{ratio, secs, section, time_and_draw};
use timeline::{Recorder, mark, traced};
use tokio::task::JoinSet;
use tokio::time::{Instant, sleep};

/// One unit of the story. 50 ms keeps the whole lesson under 2 seconds.
const UNIT: Duration = Duration::from_millis(50);

/// Each result and when it reached the caller, from the start of the call.
type Arrivals = Vec<(&'static str, Duration)>;

// ANCHOR: fetch
/// Fetches `name` one piece at a time, one unit per piece, and returns the
/// name. Each piece is its own `.await`, as when a response is read chunk by
/// chunk: the next piece starts only when something polls the fetch again.
async fn fetch(name: &'static str, pieces: u32) -> &'static str {
    let mut notice = StopNotice { name, done: false };
    traced(name, async {
        for _ in 0..pieces {
            sleep(UNIT).await;
        }
    })
    .await;
    notice.done = true;
    name
}

/// Marks `<name>: stopped` on the timeline when a fetch is dropped before it
/// is done: the moment it was cancelled.
struct StopNotice {
    name: &'static str,
    done: bool,
}

impl Drop for StopNotice {
    fn drop(&mut self) {
        if !self.done {
            mark(&format!("{}: stopped", self.name));
        }
    }
}

/// The story's requests: A takes 3 units, B 1 and C 2.
const REQUESTS: [(&str, u32); 3] = [("A", 3), ("B", 1), ("C", 2)];
// ANCHOR_END: fetch

fn main() -> anyhow::Result<()> {
    timeline::lesson::run("Lesson 08: as_completed: results as they arrive", UNIT, lesson)
}

async fn lesson(recorder: Recorder) {
    section(1, "JoinSet::join_next: each result as its task ends (asyncio.as_completed)");
    let (arrivals, _) = time_and_draw(&recorder, as_completed_in_tasks()).await;
    println!("arrived: {}", describe(&arrivals));
    println!("each fetch ran in a spawned task of its own: {}", in_tasks(&recorder));
    let first_with_tasks = arrivals[0].1;

    section(2, "join_all: the same work, but every result waits for the slowest");
    let (arrivals, _) = time_and_draw(&recorder, gather_then_use()).await;
    println!("arrived: {}", describe(&arrivals));
    let first_gathered = arrivals[0].1;
    println!(
        "the first result was in hand after {} as they arrived, {} gathered: {} sooner.",
        secs(first_with_tasks),
        secs(first_gathered),
        ratio(first_gathered, first_with_tasks)
    );

    section(3, "FuturesUnordered: the same order, and no task is spawned");
    let (arrivals, _) = time_and_draw(&recorder, as_completed_in_place()).await;
    println!("arrived: {}", describe(&arrivals));
    println!("each fetch ran in a spawned task of its own: {}", in_tasks(&recorder));

    section(4, "Stop after the first two, and wait until the rest has stopped");
    let ((arrivals, stopped), _) =
        time_and_draw(&recorder, returned(&recorder, first_two_in_tasks())).await;
    println!("arrived: {}", describe(&arrivals));
    println!("JoinSet: A had stopped before the function returned: {stopped}");
    println!();
    let ((arrivals, stopped), _) =
        time_and_draw(&recorder, returned(&recorder, first_two_in_place())).await;
    println!("arrived: {}", describe(&arrivals));
    println!("FuturesUnordered: A had stopped before the function returned: {stopped}");

    section(5, "A slow consumer: FuturesUnordered moves on only while it is polled");
    let (arrivals, saved_in_tasks) = time_and_draw(&recorder, save_in_tasks()).await;
    let fetched_in_tasks = fetches_done(&recorder);
    println!("arrived: {}", describe(&arrivals));
    println!();
    let (arrivals, saved_in_place) = time_and_draw(&recorder, save_in_place()).await;
    let fetched_in_place = fetches_done(&recorder);
    println!("arrived: {}", describe(&arrivals));
    println!();
    println!(
        "JoinSet:          every fetch done after {}, everything saved after {}",
        secs(fetched_in_tasks),
        secs(saved_in_tasks)
    );
    println!(
        "FuturesUnordered: every fetch done after {}, everything saved after {}",
        secs(fetched_in_place),
        secs(saved_in_place)
    );
    println!(
        "the fetches took {} as long while nothing polled them during the saves.",
        ratio(fetched_in_place, fetched_in_tasks)
    );
}

/// `B at 0.050 s, C at 0.100 s, A at 0.150 s`
fn describe(arrivals: &Arrivals) -> String {
    let each: Vec<String> =
        arrivals.iter().map(|(name, at)| format!("{name} at {}", secs(*at))).collect();
    each.join(", ")
}

/// Whether every fetch of the last scenario ran in a spawned task.
fn in_tasks(recorder: &Recorder) -> bool {
    let timeline = recorder.timeline();
    REQUESTS.iter().all(|(name, _)| timeline.span(name).is_some_and(|s| s.tokio_task.is_some()))
}

/// When the last fetch of the last scenario ended.
fn fetches_done(recorder: &Recorder) -> Duration {
    let timeline = recorder.timeline();
    REQUESTS
        .iter()
        .filter_map(|(name, _)| timeline.span(name))
        .map(|s| s.end)
        .max()
        .unwrap_or_default()
}

/// Runs `work`, marks `returned` when it has, and says whether A's fetch had
/// already stopped by then.
async fn returned(recorder: &Recorder, work: impl Future<Output = Arrivals>) -> (Arrivals, bool) {
    let arrivals = work.await;
    mark("returned");
    (arrivals, recorder.timeline().span("A: stopped").is_some())
}

// ANCHOR: join_set
/// Python: `for next_done in asyncio.as_completed(tasks): name = await next_done`
async fn as_completed_in_tasks() -> Arrivals {
    let started = Instant::now();
    let mut set = JoinSet::new();
    for (name, pieces) in REQUESTS {
        set.spawn(fetch(name, pieces));
    }
    let mut arrivals = Vec::new();
    // The next task to end, whichever it is; `None` once the set is empty.
    while let Some(joined) = set.join_next().await {
        let name = joined.expect("no fetch panics");
        arrivals.push((name, started.elapsed()));
    }
    arrivals
}
// ANCHOR_END: join_set

// ANCHOR: gather
async fn gather_then_use() -> Arrivals {
    let started = Instant::now();
    let names = join_all(REQUESTS.map(|(name, pieces)| fetch(name, pieces))).await;
    // Sorting by finishing time would give the order back, not the time.
    names.into_iter().map(|name| (name, started.elapsed())).collect()
}
// ANCHOR_END: gather

// ANCHOR: unordered
async fn as_completed_in_place() -> Arrivals {
    let started = Instant::now();
    // Futures, not tasks: they run inside this function, when it polls them.
    let mut pending: FuturesUnordered<_> =
        REQUESTS.into_iter().map(|(name, pieces)| fetch(name, pieces)).collect();
    let mut arrivals = Vec::new();
    while let Some(name) = pending.next().await {
        arrivals.push((name, started.elapsed()));
    }
    arrivals
}
// ANCHOR_END: unordered

// ANCHOR: first_two
async fn first_two_in_tasks() -> Arrivals {
    let started = Instant::now();
    let mut set = JoinSet::new();
    for (name, pieces) in REQUESTS {
        set.spawn(fetch(name, pieces));
    }
    let mut arrivals = Vec::new();
    while let Some(joined) = set.join_next().await {
        arrivals.push((joined.expect("no fetch panics"), started.elapsed()));
        if arrivals.len() == 2 {
            break;
        }
    }
    // Aborts what is left and waits until it has stopped. Only dropping the
    // set would abort too, but the tasks would stop after we return.
    set.shutdown().await;
    arrivals
}

async fn first_two_in_place() -> Arrivals {
    let started = Instant::now();
    let pending: FuturesUnordered<_> =
        REQUESTS.into_iter().map(|(name, pieces)| fetch(name, pieces)).collect();
    // After the second item `take` stops polling, but A's future is still in the
    // stream: it is dropped with the `collect` future when this `.await` ends.
    pending.take(2).map(|name| (name, started.elapsed())).collect().await
}
// ANCHOR_END: first_two

// ANCHOR: save
/// Saves one result; it takes 2 units, and saves go one at a time.
async fn save(name: &'static str) {
    traced(&format!("save {name}"), sleep(UNIT * 2)).await;
}

async fn save_in_tasks() -> Arrivals {
    let started = Instant::now();
    let mut set = JoinSet::new();
    for (name, pieces) in REQUESTS {
        set.spawn(fetch(name, pieces));
    }
    let mut arrivals = Vec::new();
    while let Some(joined) = set.join_next().await {
        let name = joined.expect("no fetch panics");
        arrivals.push((name, started.elapsed()));
        // The tasks keep fetching while this waits.
        save(name).await;
    }
    arrivals
}

async fn save_in_place() -> Arrivals {
    let started = Instant::now();
    let mut pending: FuturesUnordered<_> =
        REQUESTS.into_iter().map(|(name, pieces)| fetch(name, pieces)).collect();
    let mut arrivals = Vec::new();
    while let Some(name) = pending.next().await {
        arrivals.push((name, started.elapsed()));
        // Nothing polls `pending` while this waits: no fetch moves on.
        save(name).await;
    }
    arrivals
}
// ANCHOR_END: save
