//! Lesson 15: threads too: the multi-thread runtime.
//!
//! `#[tokio::main]` builds a runtime with a worker thread per core, and a
//! spawned task may run on any of them, and move between them at each
//! `.await`. That is why `tokio::spawn` asks for `Send + 'static`, why
//! shared state goes in an `Arc` with a `Mutex` or an atomic inside, and
//! why CPU work can run in parallel. One thing does not need threads to go
//! wrong: a check and an act with an `.await` between them race on one
//! thread too, in asyncio as in tokio.
//!
//! Run it: `cargo run -p lesson-15` (real clock) or
//! `cargo run -p lesson-15 -- --virtual-clock` (exact and instant; the
//! measurements of sections 5 and 6 need the real clock). Section 6 alone,
//! with a count of your choice:
//! `cargo run --release -p lesson-15 -- --compare-tasks 1000000`.

use std::cell::RefCell;
use std::collections::HashSet;
use std::process::Command;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Context;
use timeline::lesson::{Clock, ratio, secs, section, show, time_and_draw};
use timeline::{Recorder, traced};
use tokio::time::{Instant, sleep};

/// One unit of the story. 50 ms keeps the whole lesson under 3 seconds.
const UNIT: Duration = Duration::from_millis(50);

/// The flag that makes this program a child process that only measures
/// spawning and joining many tasks (section 6).
const HOW_MANY_FLAG: &str = "--how-many";

/// The flag that runs only section 6, with the count that follows it.
const COMPARE_FLAG: &str = "--compare-tasks";

/// The asyncio version of section 6, the listing the book shows.
const MANY_TASKS_PY: &str = include_str!("../../../book/src/asyncio/lesson-15/many_tasks.py");

/// How many tasks section 6 spawns: fewer in a debug build, which is
/// several times slower, so that the lesson stays under 3 seconds.
const HOW_MANY: usize = if cfg!(debug_assertions) { 5_000 } else { 50_000 };

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|arg| arg == HOW_MANY_FLAG) {
        let count = args.get(at + 1).context("--how-many needs a count")?.parse()?;
        return measure_many_tasks(count);
    }
    if let Some(at) = args.iter().position(|arg| arg == COMPARE_FLAG) {
        let count = args.get(at + 1).context("--compare-tasks needs a count")?.parse()?;
        return compare_many_tasks(count);
    }
    timeline::lesson::run("Lesson 15: threads too: the multi-thread runtime", UNIT, lesson)?;
    Ok(())
}

async fn lesson(recorder: Recorder) {
    let clock = Clock::from_args();

    section(1, "Check, .await, act: a race on one thread");
    println!("3 tickets, 5 buyers; each buyer checks, pays (1 unit), takes a ticket:");
    let ((sold, left), _) = time_and_draw(&recorder, sell(Sale::CheckPayTake)).await;
    println!("sold {sold} tickets of 3, {left} left: every buyer checked before anyone paid.");
    println!("\nEach buyer takes a ticket first (check and act under one lock), then pays:");
    let ((sold, left), _) = time_and_draw(&recorder, sell(Sale::TakeThenPay)).await;
    println!("sold {sold} tickets of 3, {left} left.");

    section(2, "Counting from many tasks");
    println!("10 tasks each read a shared count, wait 1 unit, and write it back plus one:");
    let (count, _) = time_and_draw(&recorder, count_across_an_await()).await;
    println!("count {count} of 10: nine increments were lost, on one thread.");
    let counted = tokio::task::spawn_blocking(count_on_threads).await.expect("counting panicked");
    println!(
        "\nOn a multi-thread runtime, {TASKS} tasks add 1 {ADDS} times each:\n\
         Arc<AtomicU64>: {} of {}\nArc<std::sync::Mutex<u64>>: {} of {}",
        counted.atomic,
        TASKS * ADDS,
        counted.mutex,
        TASKS * ADDS,
    );
    if clock == Clock::Real {
        println!("(the tasks ran on {} threads)", counted.threads);
    }

    section(3, "Not Send: an Rc in a LocalSet");
    println!("Three local tasks write into one notebook shared through an Rc:");
    let (lines, _) = time_and_draw(&recorder, notebook_in_a_local_set()).await;
    println!("lines in the order written: {lines:?}");

    section(4, "A request id in task_local!: spawned tasks do not inherit it");
    let (seen, _) = time_and_draw(&recorder, REQUEST_ID.scope(7, handle_request())).await;
    for (who, id) in seen {
        println!("{who:<32} sees {id}");
    }

    section(5, "CPU work: one thread, or one per core");
    match clock {
        Clock::Real => cpu_work(&recorder).await,
        Clock::Virtual => println!(
            "Measured on the real clock only: the paused clock does not move while a thread \
             computes. Run `cargo run -p lesson-15` to see the speed-up."
        ),
    }

    section(6, "How many tasks: tokio and asyncio side by side");
    match clock {
        Clock::Real => {
            let compared = tokio::task::spawn_blocking(|| compare_many_tasks(HOW_MANY)).await;
            if let Err(error) = compared.expect("the comparison panicked") {
                println!("could not measure: {error:#}");
            }
        }
        Clock::Virtual => println!(
            "Measured on the real clock only. Run `cargo run -p lesson-15` (or with --release) \
             to spawn and join many tasks in tokio and, when python3 is on the PATH, in asyncio."
        ),
    }
}

/// How a buyer goes about it.
#[derive(Clone, Copy)]
enum Sale {
    /// Check that a ticket is left, pay, then take it.
    CheckPayTake,
    /// Take a ticket if one is left, then pay.
    TakeThenPay,
}

// ANCHOR: tickets
/// Five buyers for three tickets, each buyer a task. Returns how many were
/// sold and how many are left (a count that can go below zero shows it).
async fn sell(how: Sale) -> (usize, i64) {
    let left = Arc::new(Mutex::new(3_i64));
    let buyers = ["zoe", "max", "ann", "kim", "bob"].map(|buyer| {
        let left = Arc::clone(&left);
        tokio::spawn(async move {
            match how {
                Sale::CheckPayTake => {
                    // The lock is taken twice; between the two the buyer pays.
                    if *left.lock().unwrap() <= 0 {
                        return false;
                    }
                    traced(buyer, sleep(UNIT)).await;
                    *left.lock().unwrap() -= 1;
                }
                Sale::TakeThenPay => {
                    {
                        let mut left = left.lock().unwrap();
                        if *left <= 0 {
                            return false;
                        }
                        *left -= 1;
                    }
                    traced(buyer, sleep(UNIT)).await;
                }
            }
            true
        })
    });
    let mut sold = 0;
    for buyer in buyers {
        sold += usize::from(buyer.await.expect("a buyer panicked"));
    }
    let left = *left.lock().unwrap();
    (sold, left)
}
// ANCHOR_END: tickets

// ANCHOR: lost_update
/// Ten tasks each add one to a count, reading it before an `.await` and
/// writing it after. Returns the count.
async fn count_across_an_await() -> u64 {
    let count = Arc::new(Mutex::new(0));
    let tasks = (1..=10).map(|n| {
        let count = Arc::clone(&count);
        tokio::spawn(async move {
            let seen = *count.lock().unwrap();
            traced(&format!("task {n}"), sleep(UNIT)).await;
            *count.lock().unwrap() = seen + 1;
        })
    });
    for task in tasks.collect::<Vec<_>>() {
        task.await.expect("a task panicked");
    }
    *count.lock().unwrap()
}
// ANCHOR_END: lost_update

/// How many tasks [`count_on_threads`] spawns, and how often each adds 1.
const TASKS: u64 = 8;
const ADDS: u64 = 10_000;

/// What [`count_on_threads`] counted, and on how many threads.
struct Counted {
    atomic: u64,
    mutex: u64,
    threads: usize,
}

// ANCHOR: counters
/// Counts from tasks on a multi-thread runtime, with an atomic and with a
/// std `Mutex` held for one statement.
fn count_on_threads() -> Counted {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(4)
        .build()
        .expect("could not build a multi-thread runtime");
    let atomic = Arc::new(AtomicU64::new(0));
    let mutex = Arc::new(Mutex::new(0_u64));
    let threads = Arc::new(Mutex::new(HashSet::new()));
    runtime.block_on(async {
        let tasks: Vec<_> = (0..TASKS)
            .map(|_| {
                let (atomic, mutex) = (Arc::clone(&atomic), Arc::clone(&mutex));
                let threads = Arc::clone(&threads);
                tokio::spawn(async move {
                    for _ in 0..ADDS {
                        atomic.fetch_add(1, Ordering::Relaxed);
                        *mutex.lock().unwrap() += 1;
                    }
                    threads.lock().unwrap().insert(std::thread::current().id());
                })
            })
            .collect();
        for task in tasks {
            task.await.expect("a task panicked");
        }
    });
    let threads = threads.lock().unwrap().len();
    let mutex = *mutex.lock().unwrap();
    Counted { atomic: atomic.load(Ordering::Relaxed), mutex, threads }
}
// ANCHOR_END: counters

// ANCHOR: local_set
/// Three local tasks share a notebook through an `Rc<RefCell<..>>`, which
/// is not `Send`: `spawn_local` takes them, `tokio::spawn` would not.
async fn notebook_in_a_local_set() -> Vec<&'static str> {
    let notebook = Rc::new(RefCell::new(Vec::new()));
    let local = tokio::task::LocalSet::new();
    // `run_until` runs the set's tasks while the future given to it runs.
    local
        .run_until(async {
            let writers: Vec<_> = [("draft", 3), ("outline", 1), ("index", 2)]
                .into_iter()
                .map(|(job, units)| {
                    let notebook = Rc::clone(&notebook);
                    tokio::task::spawn_local(async move {
                        traced(job, sleep(UNIT * units)).await;
                        notebook.borrow_mut().push(job);
                    })
                })
                .collect();
            for writer in writers {
                writer.await.expect("a writer panicked");
            }
        })
        .await;
    notebook.take()
}
// ANCHOR_END: local_set

// ANCHOR: task_local
tokio::task_local! {
    static REQUEST_ID: u64;
}

/// The request id this code runs for, if any.
fn current_request() -> String {
    REQUEST_ID.try_with(|id| format!("request {id}")).unwrap_or_else(|_| "no request".into())
}

/// Runs inside `REQUEST_ID.scope(7, ...)`: the handler sees the id; a task
/// it spawns does not, unless it is given a scope of its own.
async fn handle_request() -> Vec<(&'static str, String)> {
    let handler = current_request();
    let plain = tokio::spawn(traced("spawned", async { current_request() }));
    let id = REQUEST_ID.get();
    let passed_on = tokio::spawn(REQUEST_ID.scope(
        id,
        traced("scoped", async {
            sleep(UNIT).await;
            current_request()
        }),
    ));
    vec![
        ("the handler", handler),
        ("a task spawned as it is", plain.await.expect("the task panicked")),
        ("a task spawned in a scope of id", passed_on.await.expect("the task panicked")),
    ]
}
// ANCHOR_END: task_local

// ANCHOR: compute
/// CPU work, standing for resizing an image or hashing a password: it keeps
/// its thread busy for `iterations` rounds of arithmetic.
fn compute(iterations: u64) -> u64 {
    let mut value = 1_u64;
    for _ in 0..iterations {
        value = std::hint::black_box(value.wrapping_mul(31).wrapping_add(7));
    }
    value
}
// ANCHOR_END: compute

/// How many rounds of [`compute`] take about `duration` on this machine.
fn rounds_for(duration: Duration) -> u64 {
    let mut rounds = 10_000;
    loop {
        let started = std::time::Instant::now();
        compute(rounds);
        let took = started.elapsed();
        if took >= Duration::from_millis(10) {
            return (rounds as f64 * duration.as_secs_f64() / took.as_secs_f64()) as u64;
        }
        rounds *= 2;
    }
}

/// Section 5, on the real clock: the same four jobs on each runtime, then
/// `spawn_blocking` and `block_in_place` next to a task that ticks.
async fn cpu_work(recorder: &Recorder) {
    let rounds = rounds_for(UNIT);
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    println!("Four jobs of 1 unit of computing each, on a current-thread runtime:");
    let on_one = recorder.clone();
    let one_thread =
        tokio::task::spawn_blocking(move || four_jobs(&on_one, Flavor::CurrentThread, rounds));
    let (one_thread, timeline) = one_thread.await.expect("the jobs panicked");
    show(&timeline);
    println!("\nThe same on a multi-thread runtime ({cores} worker threads, one per core):");
    let on_many = recorder.clone();
    let threads =
        tokio::task::spawn_blocking(move || four_jobs(&on_many, Flavor::MultiThread, rounds));
    let (threads, timeline) = threads.await.expect("the jobs panicked");
    show(&timeline);
    println!(
        "one thread {}, {cores} worker threads {}: {} faster.",
        secs(one_thread),
        secs(threads),
        ratio(one_thread, threads)
    );

    println!("\nA task ticks every 10 ms while another computes for 1 unit. Ticks seen:");
    for way in [Way::InTheTask, Way::SpawnBlocking, Way::BlockInPlace] {
        let ticks = tokio::task::spawn_blocking(move || ticks_while_computing(way, rounds));
        let ticks = ticks.await.expect("the ticker panicked");
        println!("{:<52} {ticks:>3}", way.describe());
    }
    recorder.restart();
}

/// Which runtime [`four_jobs`] builds.
#[derive(Clone, Copy)]
enum Flavor {
    CurrentThread,
    MultiThread,
}

fn runtime(flavor: Flavor) -> tokio::runtime::Runtime {
    let mut builder = match flavor {
        Flavor::CurrentThread => tokio::runtime::Builder::new_current_thread(),
        // What `#[tokio::main]` builds: one worker thread per core.
        Flavor::MultiThread => tokio::runtime::Builder::new_multi_thread(),
    };
    builder.enable_all().build().expect("could not build a runtime")
}

// ANCHOR: four_jobs
/// Spawns four computing jobs on a fresh runtime of `flavor` and waits for
/// them; returns how long that took, and their timeline (the lesson's
/// recorder sees every thread).
fn four_jobs(recorder: &Recorder, flavor: Flavor, rounds: u64) -> (Duration, timeline::Timeline) {
    let runtime = runtime(flavor);
    runtime.block_on(async {
        recorder.restart();
        let started = Instant::now();
        let jobs: Vec<_> = ["job 1", "job 2", "job 3", "job 4"]
            .into_iter()
            .map(|job| tokio::spawn(traced(job, async move { compute(rounds) })))
            .collect();
        for job in jobs {
            job.await.expect("a job panicked");
        }
        (started.elapsed(), recorder.timeline())
    })
}
// ANCHOR_END: four_jobs

/// Where [`ticks_while_computing`] does its computing.
#[derive(Clone, Copy)]
enum Way {
    InTheTask,
    SpawnBlocking,
    BlockInPlace,
}

impl Way {
    fn describe(self) -> &'static str {
        match self {
            Way::InTheTask => "computing in a task (current-thread runtime):",
            Way::SpawnBlocking => "spawn_blocking (current-thread runtime):",
            Way::BlockInPlace => "block_in_place (multi-thread runtime):",
        }
    }
}

// ANCHOR: blocking
/// A ticker task ticks every 10 ms while a task computes for `rounds`, done
/// `way`; returns how many ticks it made meanwhile.
fn ticks_while_computing(way: Way, rounds: u64) -> u64 {
    let flavor = match way {
        // block_in_place panics on a current-thread runtime.
        Way::BlockInPlace => Flavor::MultiThread,
        Way::InTheTask | Way::SpawnBlocking => Flavor::CurrentThread,
    };
    runtime(flavor).block_on(async move {
        let ticks = Arc::new(AtomicU64::new(0));
        let ticker = tokio::spawn({
            let ticks = Arc::clone(&ticks);
            async move {
                let mut every = tokio::time::interval(Duration::from_millis(10));
                loop {
                    every.tick().await;
                    ticks.fetch_add(1, Ordering::Relaxed);
                }
            }
        });
        // Let the ticker make its first tick.
        tokio::task::yield_now().await;
        let before = ticks.load(Ordering::Relaxed);
        let worker = tokio::spawn(async move {
            match way {
                // Keeps this thread: the ticker (on the same thread) waits.
                Way::InTheTask => compute(rounds),
                // Runs on a thread of the blocking pool; needs 'static data.
                Way::SpawnBlocking => tokio::task::spawn_blocking(move || compute(rounds))
                    .await
                    .expect("the work panicked"),
                // Runs right here, after handing this worker's other tasks to
                // another thread; may borrow from the task.
                Way::BlockInPlace => tokio::task::block_in_place(|| compute(rounds)),
            }
        });
        worker.await.expect("the work panicked");
        let during = ticks.load(Ordering::Relaxed) - before;
        ticker.abort();
        during
    })
}
// ANCHOR_END: blocking

/// Section 6, on the real clock: this program as a child process, then the
/// asyncio listing when there is a `python3`, each spawning and joining
/// `count` tasks that sleep 10 ms; both side by side.
fn compare_many_tasks(count: usize) -> anyhow::Result<()> {
    let build = if cfg!(debug_assertions) { "debug build" } else { "release build" };
    println!("{count} tasks that each sleep 10 ms, spawned and joined ({build}):");
    let this_program = std::env::current_exe().context("could not find this program")?;
    let tokio = run_measure(Command::new(this_program).arg(HOW_MANY_FLAG).arg(count.to_string()))
        .context("measuring tokio")?;
    println!("tokio   {}", tokio.describe());
    let python = Command::new("python3")
        .args(["-c", MANY_TASKS_PY, "--measure", &count.to_string()])
        .output();
    match python {
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            println!("asyncio: python3 is not on the PATH, so only tokio was measured.");
        }
        Err(error) => return Err(error).context("running python3"),
        Ok(output) => {
            let asyncio = parse_measure(&output).context("measuring asyncio")?;
            println!("asyncio {}", asyncio.describe());
            println!(
                "asyncio took {} as long as tokio, and {} as much memory at its peak.",
                ratio(asyncio.took, tokio.took),
                memory_ratio(&asyncio, &tokio),
            );
        }
    }
    Ok(())
}

// ANCHOR: many_tasks
/// The child process of section 6: spawns `count` tasks that each sleep
/// 10 ms, joins them all, and prints how long that took and the process's
/// peak memory.
fn measure_many_tasks(count: usize) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let took = runtime.block_on(async {
        let started = Instant::now();
        let tasks: Vec<_> = (0..count)
            .map(|n| {
                tokio::spawn(async move {
                    sleep(Duration::from_millis(10)).await;
                    n
                })
            })
            .collect();
        let mut total = 0;
        for task in tasks {
            total += task.await?;
        }
        anyhow::ensure!(total == count * (count - 1) / 2, "a task's result went missing");
        anyhow::Ok(started.elapsed())
    })?;
    println!("{} {}", took.as_secs_f64(), peak_memory_kib().unwrap_or(0));
    Ok(())
}
// ANCHOR_END: many_tasks

/// The process's peak resident memory in KiB, from Linux's `/proc`; `None`
/// elsewhere.
fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// What one side of section 6 measured.
struct Measured {
    took: Duration,
    /// Peak memory in KiB; 0 when unknown.
    peak_kib: u64,
}

impl Measured {
    fn describe(&self) -> String {
        let memory = match self.peak_kib {
            0 => "peak memory unknown here".to_string(),
            kib => format!("peak memory {:.1} MiB", kib as f64 / 1024.0),
        };
        format!("{}, {memory}", secs(self.took))
    }
}

fn memory_ratio(more: &Measured, less: &Measured) -> String {
    match (more.peak_kib, less.peak_kib) {
        (0, _) | (_, 0) => "an unknown share".to_string(),
        (more, less) => format!("{:.2}x", more as f64 / less as f64),
    }
}

fn run_measure(command: &mut Command) -> anyhow::Result<Measured> {
    parse_measure(&command.output()?)
}

/// Reads the line `SECONDS PEAK_KIB` a measuring process printed.
fn parse_measure(output: &std::process::Output) -> anyhow::Result<Measured> {
    anyhow::ensure!(
        output.status.success(),
        "it failed: {}",
        String::from_utf8_lossy(&output.stderr).trim()
    );
    let text = String::from_utf8_lossy(&output.stdout);
    let mut words = text.split_whitespace();
    let seconds: f64 = words.next().context("no time printed")?.parse()?;
    let peak_kib = words.next().context("no memory printed")?.parse()?;
    Ok(Measured { took: Duration::from_secs_f64(seconds), peak_kib })
}
