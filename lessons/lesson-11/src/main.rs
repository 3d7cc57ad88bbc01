//! Lesson 11: the mistakes everyone makes.
//!
//! Concurrency in one thread works because every task gives the thread back
//! whenever it waits. Most mistakes with async code break that promise, or
//! waste what it gives: a task that blocks the thread holds up all the
//! others; a task nobody awaits is dropped when the program ends; a new
//! client per request pays for a connection every time; a lock held across
//! an `.await` makes the tasks take turns. Each one is shown running here,
//! with its cost measured and its timeline drawn, next to its fix.
//!
//! Run it: `cargo run -p lesson-11` (real clock) or
//! `cargo run -p lesson-11 -- --virtual-clock` (exact and instant).

use std::sync::Arc;
use std::time::Duration;

use futures::future::join_all;
use timeline::lesson::{Clock, ratio, secs, section, show, time_and_draw};
use timeline::{Outcome, Recorder, Timeline, traced};
use tokio::sync::{Mutex, OnceCell};
use tokio::time::sleep;

/// One unit of the story. 50 ms keeps the whole lesson under 3 seconds.
const UNIT: Duration = Duration::from_millis(50);

fn main() -> anyhow::Result<()> {
    timeline::lesson::run("Lesson 11: the mistakes everyone makes", UNIT, lesson)
}

async fn lesson(recorder: Recorder) {
    let clock = Clock::from_args();

    section(1, "std::thread::sleep in a task: every other task waits too");
    println!("Three tasks wait 2 units each, with tokio::time::sleep:");
    let (waited, awaiting) = three_tasks(&recorder, Way::Sleep).await;
    println!("\nThe same three tasks with std::thread::sleep:");
    let (blocked, blocking) = three_tasks(&recorder, Way::ThreadSleep).await;
    println!(
        "Most tasks waiting at once: {awaiting} with tokio::time::sleep, {blocking} with \
         std::thread::sleep."
    );
    compare(clock, ("std::thread::sleep", blocked), ("tokio::time::sleep", waited));

    section(2, "Heavy CPU work: spawn_blocking moves it off the runtime's thread");
    println!("Three tasks compute for 2 units each, right in the task:");
    let (inline, inline_at_once) = three_tasks(&recorder, Way::Compute).await;
    println!("\nThe same work in tokio::task::spawn_blocking:");
    let (pooled, pooled_at_once) = three_tasks(&recorder, Way::SpawnBlocking).await;
    println!(
        "Most tasks at work at once: {inline_at_once} in the task, {pooled_at_once} with \
         spawn_blocking."
    );
    compare(clock, ("computing in the task", inline), ("spawn_blocking", pooled));

    section(3, "Tasks never awaited: the program ends and they are gone");
    println!("main starts three saves, does 2 units of its own work, and returns:");
    let forgot = tokio::task::spawn_blocking(move || run_as_a_program(clock, main_that_forgets));
    let forgot = forgot.await.expect("the program panicked");
    show(&forgot);
    report_saves(&forgot);
    println!("\nThe same main, awaiting the handles before it returns:");
    let waited = tokio::task::spawn_blocking(move || run_as_a_program(clock, main_that_waits));
    let waited = waited.await.expect("the program panicked");
    show(&waited);
    report_saves(&waited);

    section(4, "A new client per request: a new connection every time");
    println!("Two workers fetch three pages each, one after another; a client per request:");
    let (_, per_request) = time_and_draw(&recorder, client_per_request()).await;
    let connects = count(&recorder.timeline(), "connect");
    println!("\nThe same with one client, a clone of it in each worker:");
    let (_, shared) = time_and_draw(&recorder, one_shared_client()).await;
    let connect = count(&recorder.timeline(), "connect");
    println!(
        "a client per request: {} and {connects} connections; one shared client: {} and \
         {connect} connection: {} faster.",
        secs(per_request),
        secs(shared),
        ratio(per_request, shared)
    );

    section(5, "A lock held across an .await: the tasks take turns");
    println!("Three tasks fetch a score (1 unit) and add it to a shared tally, holding the lock:");
    let (_, holding) = time_and_draw(&recorder, tally(Lock::HeldAcrossAwait)).await;
    println!("\nThe same, locking only to add the score:");
    let (_, brief) = time_and_draw(&recorder, tally(Lock::OnlyToAdd)).await;
    println!(
        "holding the lock while fetching {}, locking only to add {}: {} faster.",
        secs(holding),
        secs(brief),
        ratio(holding, brief)
    );
}

// ANCHOR: two_units
/// Two units of waiting or working, done four ways.
#[derive(Clone, Copy)]
enum Way {
    Sleep,
    ThreadSleep,
    Compute,
    SpawnBlocking,
}

async fn two_units(way: Way) {
    match way {
        // Hands the thread back to the runtime until the time is up.
        Way::Sleep => sleep(UNIT * 2).await,
        // Holds the runtime's only thread: no other task runs meanwhile.
        Way::ThreadSleep => std::thread::sleep(UNIT * 2),
        // Holds it just the same, busy computing.
        Way::Compute => compute(UNIT * 2),
        // Computes on a thread of tokio's blocking pool; awaiting the handle
        // hands the runtime's thread back meanwhile.
        Way::SpawnBlocking => {
            tokio::task::spawn_blocking(|| compute(UNIT * 2)).await.expect("the work panicked");
        }
    }
}

/// Heavy CPU work (resizing an image, hashing a password): it keeps its
/// thread busy for `duration`.
fn compute(duration: Duration) {
    let until = std::time::Instant::now() + duration;
    let mut value = 1_u64;
    while std::time::Instant::now() < until {
        value = std::hint::black_box(value.wrapping_mul(31).wrapping_add(7));
    }
}
// ANCHOR_END: two_units

// ANCHOR: three_tasks
/// Spawns tasks A, B and C, each doing [`two_units`] the same way, and waits
/// for them. Returns how many of them had started and not ended at the
/// busiest moment.
async fn spawn_three(way: Way) -> usize {
    let busy = Arc::new(std::sync::Mutex::new(Busy::default()));
    let tasks = ["A", "B", "C"].map(|name| {
        let busy = Arc::clone(&busy);
        tokio::spawn(async move {
            busy.lock().expect("poisoned").start();
            traced(name, two_units(way)).await;
            busy.lock().expect("poisoned").end();
        })
    });
    for task in tasks {
        task.await.expect("a task panicked");
    }
    busy.lock().expect("poisoned").most
}
// ANCHOR_END: three_tasks

/// Counts the tasks that have started and not yet ended. A blocked thread
/// stops no virtual clock, so on it the times cannot tell "one after
/// another" from "all at once"; the order in which tasks start and end can.
#[derive(Default)]
struct Busy {
    now: usize,
    most: usize,
}

impl Busy {
    fn start(&mut self) {
        self.now += 1;
        self.most = self.most.max(self.now);
    }

    fn end(&mut self) {
        self.now -= 1;
    }
}

/// Runs [`spawn_three`] on a fresh timeline and draws it; returns how long
/// it took and the most tasks at once.
async fn three_tasks(recorder: &Recorder, way: Way) -> (Duration, usize) {
    let (most, took) = time_and_draw(recorder, spawn_three(way)).await;
    (took, most)
}

/// Prints how much longer the slow way took, on the real clock. On the
/// virtual clock a blocked thread takes no time at all, so it says that.
fn compare(clock: Clock, (slow_way, slow): (&str, Duration), (fast_way, fast): (&str, Duration)) {
    match clock {
        Clock::Real => println!(
            "{slow_way} {}, {fast_way} {}: {} as long.",
            secs(slow),
            secs(fast),
            ratio(slow, fast)
        ),
        Clock::Virtual => println!(
            "{slow_way} took {} of virtual time: the paused clock does not move while the \
             thread is blocked (the grader watches the real clock for this reason). Run on the \
             real clock to see what it costs in time.",
            secs(slow)
        ),
    }
}

/// The saves `main` starts: their names and how many units each takes.
const SAVES: [(&str, u32); 3] = [("save a", 1), ("save b", 3), ("save c", 4)];

// ANCHOR: forgotten
/// A program's `main` that starts three saves in the background and does
/// its own work, without awaiting the saves.
async fn main_that_forgets() {
    for (name, units) in SAVES {
        tokio::spawn(traced(name, sleep(UNIT * units)));
    }
    traced("main", sleep(UNIT * 2)).await;
}

/// The same `main`, keeping the handles and awaiting them before it returns.
async fn main_that_waits() {
    let saves = SAVES.map(|(name, units)| tokio::spawn(traced(name, sleep(UNIT * units))));
    traced("main", sleep(UNIT * 2)).await;
    for save in saves {
        save.await.expect("a save panicked");
    }
}
// ANCHOR_END: forgotten

// ANCHOR: program
/// What `#[tokio::main]` does with `main`: builds a runtime, runs `main` on
/// it until `main` returns, then drops the runtime, and every task still
/// running with it. Returns the program's timeline.
fn run_as_a_program<F: Future<Output = ()>>(clock: Clock, main: impl FnOnce() -> F) -> Timeline {
    let runtime = clock.runtime().expect("could not build a runtime");
    // Made inside the runtime, so that its timeline starts on the runtime's clock.
    let recorder = runtime.block_on(async { Recorder::new() });
    let _recording = recorder.install_for_this_thread();
    runtime.block_on(main());
    drop(runtime);
    recorder.timeline()
}
// ANCHOR_END: program

/// Prints how many saves finished, and when `main` returned.
fn report_saves(program: &Timeline) {
    let saves: Vec<_> =
        program.spans().iter().filter(|row| row.label.starts_with("save")).collect();
    let done = saves.iter().filter(|save| save.outcome == Outcome::Finished).count();
    let returned = program.spans().iter().map(|row| row.end).max().unwrap_or_default();
    println!("main returned at {}: {done} of {} saves finished.", secs(returned), saves.len());
}

// ANCHOR: client
/// A simulated HTTP client. It owns a connection pool: its first request
/// opens a connection (2 units), every later one reuses it. A clone is a
/// cheap handle to the same pool.
#[derive(Clone, Default)]
struct Client {
    connection: Arc<OnceCell<()>>,
}

impl Client {
    fn new() -> Client {
        Client::default()
    }

    /// Fetches a page in 1 unit, once there is a connection.
    async fn get(&self, page: u32) {
        self.connection.get_or_init(|| traced("connect", sleep(UNIT * 2))).await;
        traced(&format!("GET /{page}"), sleep(UNIT)).await;
    }
}
// ANCHOR_END: client

/// The pages a worker fetches: worker 1 the odd ones, worker 2 the even ones.
fn pages_of(worker: u32) -> [u32; 3] {
    [worker, worker + 2, worker + 4]
}

// ANCHOR: per_request
async fn client_per_request() {
    let workers = [1, 2].map(|worker| {
        tokio::spawn(async move {
            for page in pages_of(worker) {
                let client = Client::new();
                client.get(page).await;
            }
        })
    });
    for worker in join_all(workers).await {
        worker.expect("a worker panicked");
    }
}
// ANCHOR_END: per_request

// ANCHOR: shared
async fn one_shared_client() {
    let client = Client::new();
    let workers = [1, 2].map(|worker| {
        let client = client.clone();
        tokio::spawn(async move {
            for page in pages_of(worker) {
                client.get(page).await;
            }
        })
    });
    for worker in join_all(workers).await {
        worker.expect("a worker panicked");
    }
}
// ANCHOR_END: shared

/// How many rows of `timeline` are called `label`.
fn count(timeline: &Timeline, label: &str) -> usize {
    timeline.spans().iter().filter(|row| row.label == label).count()
}

/// How the tally's lock is used.
#[derive(Clone, Copy)]
enum Lock {
    HeldAcrossAwait,
    OnlyToAdd,
}

// ANCHOR: lock
/// Fetches a score: 1 unit.
async fn fetch_score(name: &'static str) -> u32 {
    traced(name, sleep(UNIT)).await;
    10
}

/// tokio's `Mutex`: its guard may live across an `.await`.
async fn add_holding_the_lock(tally: Arc<Mutex<Vec<u32>>>, name: &'static str) {
    let mut scores = tally.lock().await;
    // Every other task waits for the lock while this one fetches.
    let score = fetch_score(name).await;
    scores.push(score);
}

/// std's `Mutex` is enough here: its guard lives for one statement, with no
/// `.await` in it.
async fn add_after_fetching(tally: Arc<std::sync::Mutex<Vec<u32>>>, name: &'static str) {
    let score = fetch_score(name).await;
    tally.lock().expect("poisoned").push(score);
}
// ANCHOR_END: lock

/// Three tasks add their scores to one tally, using the lock `how`.
async fn tally(how: Lock) {
    let tokio_tally = Arc::new(Mutex::new(Vec::new()));
    let std_tally = Arc::new(std::sync::Mutex::new(Vec::new()));
    let tasks = ["A", "B", "C"].map(|name| match how {
        Lock::HeldAcrossAwait => tokio::spawn(add_holding_the_lock(Arc::clone(&tokio_tally), name)),
        Lock::OnlyToAdd => tokio::spawn(add_after_fetching(Arc::clone(&std_tally), name)),
    });
    for task in tasks {
        task.await.expect("a task panicked");
    }
}
