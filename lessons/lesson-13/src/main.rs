//! Lesson 13: errors across tasks, with anyhow.
//!
//! A Python exception carries its class, its message and its cause. In Rust
//! a failure is a value, and for an application `anyhow::Error` is the value
//! that holds any of them: each step adds what it was doing (`.context`,
//! Python's `raise ... from`), the caller can still ask what kind of failure
//! sits at the bottom (`downcast_ref`, Python's `except SomeError`), and a
//! task's failure, a task's panic and a whole group's failures all come back
//! to the caller as errors it can print, classify and retry.
//!
//! Run it: `cargo run -p lesson-13` (real clock) or
//! `cargo run -p lesson-13 -- --virtual-clock` (exact and instant). Tasks in
//! sections 3 and 4 panic on purpose, and Rust's panic hook reports each
//! panic on stderr: those lines are part of the lesson, not a crash.

use std::fmt;
use std::time::Duration;

use anyhow::Context;
use futures::future::join_all;
use timeline::lesson::{Clock, introduce, secs, section, time_and_draw};
use timeline::{Recorder, traced};
use tokio::time::sleep;

/// One unit of the story. 50 ms keeps the whole lesson under 2 seconds.
const UNIT: Duration = Duration::from_millis(50);

// ANCHOR: error_type
/// What can go wrong with a request, as a type of its own: the caller can
/// ask which kind it was (Python: an exception class).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FetchError {
    Timeout,
    Status(u16),
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Timeout => write!(f, "timed out"),
            FetchError::Status(code) => write!(f, "server answered {code}"),
        }
    }
}

impl std::error::Error for FetchError {}
// ANCHOR_END: error_type

/// The simulated server: how long each path takes, and what it gives.
fn served(path: &str) -> (u32, Result<&'static str, FetchError>) {
    match path {
        "/users/ada" => (1, Ok("/img/ada.png")),
        "/users/bob" => (1, Ok("/img/bob.png")),
        "/img/bob.png" => (2, Ok("<bob's picture>")),
        _ => (1, Err(FetchError::Status(404))),
    }
}

/// Downloads `path` from the simulated server.
async fn download(path: &str) -> Result<&'static str, FetchError> {
    let (units, outcome) = served(path);
    traced(path, sleep(UNIT * units)).await;
    outcome
}

fn main() -> anyhow::Result<()> {
    // What `timeline::lesson::run` does, for a lesson that can fail.
    let clock = Clock::from_args();
    clock.runtime()?.block_on(async {
        let recorder = Recorder::install();
        introduce("Lesson 13: errors across tasks, with anyhow", clock, UNIT);
        lesson(&recorder).await
    })
}

async fn lesson(recorder: &Recorder) -> anyhow::Result<()> {
    section(1, "Context at every step (Python: raise ... from)");
    let (picture, _) = time_and_draw(recorder, show_avatar("bob")).await;
    // `?`: an error here would end the lesson, and `main` would print it.
    println!("bob's avatar: {}", picture?);
    let (outcome, _) = time_and_draw(recorder, show_avatar("ada")).await;
    if let Err(error) = outcome {
        print_error(&error);
    }

    section(2, "Classify, then retry a timeout or a status of 500 or more, not a 404");
    let flaky = [(2, Err(FetchError::Timeout)), (1, Err(FetchError::Status(502))), (1, Ok("ok"))];
    let (outcome, took) = time_and_draw(recorder, with_retry(4, UNIT, flaky)).await;
    println!("{outcome:?} after {}: waits of 1 and 2 units between the tries", secs(took));
    let missing = [(1, Err(FetchError::Status(404))), (1, Ok("never asked"))];
    let (outcome, took) = time_and_draw(recorder, with_retry(4, UNIT, missing)).await;
    if let Err(error) = outcome {
        println!("{error:#} (after {}: a 404 is not worth a second try)", secs(took));
    }

    section(3, "A task's error and a task's panic, both through `?`");
    println!(
        "indexer panics on purpose. Rust's default panic hook reports it on stderr as it happens:"
    );
    println!(
        "\"thread 'main' panicked at ...\", then \"indexer crashed\" (and a backtrace if RUST_BACKTRACE=1)."
    );
    println!("tokio catches the panic, and the lesson goes on.");
    let (outcomes, _) = time_and_draw(recorder, async {
        let thumbnails = run_task("thumbnails", job("thumbnails", 2, Finish::Fail(503)));
        let indexer = run_task("indexer", job("indexer", 1, Finish::Panic));
        let report = run_task("report", job("report", 3, Finish::Value(7)));
        tokio::join!(thumbnails, indexer, report)
    })
    .await;
    for outcome in <[_; 3]>::from(outcomes) {
        match outcome {
            Ok(value) => println!("ok: {value}"),
            Err(error) => println!("{}: {error:#}", describe(&error)),
        }
    }

    section(4, "A group's failures, every one (Python: ExceptionGroup)");
    println!("C panics on purpose too: one more message from the panic hook on stderr.");
    let jobs = [
        ("A", 3, Finish::Value(10)),
        ("B", 2, Finish::Fail(503)),
        ("C", 1, Finish::Panic),
        ("D", 1, Finish::Fail(404)),
        ("E", 2, Finish::Value(50)),
    ];
    let ((values, errors), took) = time_and_draw(recorder, run_group(jobs)).await;
    println!("values {values:?}; {} failures, in job order, after {}:", errors.len(), secs(took));
    for error in &errors {
        println!("  {error:#}");
    }

    section(5, "Passing a task's panic on: .unwrap() panics anew, resume_unwind does not");
    println!("(In this section the panic hook prints each panic's message here, on stdout.)");
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| println!("  panic hook: {}", panic_text(info.payload()))));
    println!("A caller awaits a task that panics, and calls .unwrap():");
    show_panic_of(unwrap_it()).await;
    println!("A caller awaits a task that panics, and calls resume_unwind:");
    show_panic_of(resume_it()).await;
    std::panic::set_hook(default_hook);
    println!(
        ".unwrap() started a second panic, whose message quotes the JoinError's Debug text; \
         resume_unwind went on with the task's own panic, and the hook did not run again"
    );
    Ok(())
}

// ANCHOR: context
/// Two downloads, each with what it was doing; the caller adds what the
/// whole was for.
async fn avatar_of(user: &str) -> anyhow::Result<&'static str> {
    let profile = format!("/users/{user}");
    let image = download(&profile).await.with_context(|| format!("downloading {profile}"))?;
    let picture = download(image).await.with_context(|| format!("downloading {image}"))?;
    Ok(picture)
}

async fn show_avatar(user: &str) -> anyhow::Result<&'static str> {
    avatar_of(user).await.with_context(|| format!("showing the avatar of {user}"))
}
// ANCHOR_END: context

// ANCHOR: print_error
fn print_error(error: &anyhow::Error) {
    println!("{{}}:   {error}");
    println!("{{:#}}: {error:#}");
    println!("{{:?}}, what `main` prints after \"Error: \" if it returns this error:");
    println!("{}", debug_text(error));
    // The kind at the bottom, through every layer of context.
    println!("downcast_ref::<FetchError>(): {:?}", error.downcast_ref::<FetchError>());
}
// ANCHOR_END: print_error

/// `{:?}` of an error, without the backtrace anyhow also records when
/// `RUST_BACKTRACE` or `RUST_LIB_BACKTRACE` is set: what the book shows must
/// not depend on them.
fn debug_text(error: &anyhow::Error) -> String {
    let text = format!("{error:?}");
    text.split("\n\nStack backtrace:").next().unwrap_or_default().to_string()
}

// ANCHOR: retry
/// Worth another try: a timeout, or a status of 500 or more (the server's
/// trouble, which may pass). Asked of the error's kind, never of its words.
fn is_transient(error: &anyhow::Error) -> bool {
    matches!(
        error.downcast_ref::<FetchError>(),
        Some(FetchError::Timeout | FetchError::Status(500..))
    )
}

/// Tries the scripted answers in turn, at most `attempts` times, doubling
/// the wait after each transient failure.
async fn with_retry<const N: usize>(
    attempts: u32,
    backoff: Duration,
    answers: [(u32, Result<&'static str, FetchError>); N],
) -> anyhow::Result<&'static str> {
    let mut wait = backoff;
    for (attempt, (units, answer)) in (1..=attempts).zip(answers) {
        traced(&format!("attempt {attempt}"), sleep(UNIT * units)).await;
        let error = match answer {
            Ok(text) => return Ok(text),
            Err(error) => anyhow::Error::new(error),
        };
        if attempt == attempts || !is_transient(&error) {
            return Err(error.context(format!("gave up after attempt {attempt}")));
        }
        println!("attempt {attempt}: {error}, worth another try after {}", secs(wait));
        sleep(wait).await;
        wait *= 2;
    }
    anyhow::bail!("no answer to try")
}
// ANCHOR_END: retry

/// How a job ends.
#[derive(Clone, Copy)]
enum Finish {
    Value(u32),
    Fail(u16),
    Panic,
}

async fn job(name: &'static str, units: u32, finish: Finish) -> Result<u32, FetchError> {
    traced(name, sleep(UNIT * units)).await;
    match finish {
        Finish::Value(value) => Ok(value),
        Finish::Fail(code) => Err(FetchError::Status(code)),
        Finish::Panic => panic!("{name} crashed"),
    }
}

// ANCHOR: run_task
/// The first `?` is the task's fate (did it panic?), the second the job's
/// own result; each context says which task.
async fn run_task<F>(name: &str, job: F) -> anyhow::Result<u32>
where
    F: Future<Output = Result<u32, FetchError>> + Send + 'static,
{
    let value = tokio::spawn(job)
        .await
        .with_context(|| format!("task {name} panicked"))?
        .with_context(|| format!("task {name} failed"))?;
    Ok(value)
}
// ANCHOR_END: run_task

// ANCHOR: pass_on
/// Python's `await task` raises the task's own exception again. `.unwrap()`
/// does not: it starts a new panic, about the `JoinError`.
async fn unwrap_it() -> Result<u32, FetchError> {
    tokio::spawn(job("parser", 1, Finish::Panic)).await.unwrap()
}

/// `resume_unwind` goes on with the task's own panic: the same payload.
async fn resume_it() -> Result<u32, FetchError> {
    match tokio::spawn(job("parser", 1, Finish::Panic)).await {
        Ok(outcome) => outcome,
        // `into_panic` panics itself if the task was aborted, not panicked.
        Err(join_error) => std::panic::resume_unwind(join_error.into_panic()),
    }
}
// ANCHOR_END: pass_on

/// Runs `caller` as a task, so that its panic comes back as a `JoinError`,
/// and prints the message that panic carries.
async fn show_panic_of<F>(caller: F)
where
    F: Future<Output = Result<u32, FetchError>> + Send + 'static,
{
    let payload = tokio::spawn(caller).await.expect_err("the caller panics").into_panic();
    println!("  the caller's panic carries: {}", panic_text(&*payload));
}

/// The message a panic carries: `panic!` with arguments gives a `String`,
/// with a plain literal a `&str`.
fn panic_text(payload: &(dyn std::any::Any + Send)) -> &str {
    match payload.downcast_ref::<String>() {
        Some(text) => text,
        None => payload.downcast_ref::<&str>().copied().unwrap_or("(not text)"),
    }
}

// ANCHOR: describe
/// What kind of failure: asked of the error, not of its text.
fn describe(error: &anyhow::Error) -> &'static str {
    if let Some(join_error) = error.downcast_ref::<tokio::task::JoinError>() {
        if join_error.is_panic() { "a panic" } else { "cancelled" }
    } else if error.downcast_ref::<FetchError>().is_some() {
        "a failure"
    } else {
        "something else"
    }
}
// ANCHOR_END: describe

// ANCHOR: group
/// Every job in its own task at once; every failure kept, in job order.
async fn run_group<const N: usize>(
    jobs: [(&'static str, u32, Finish); N],
) -> (Vec<u32>, Vec<anyhow::Error>) {
    let tasks = jobs.map(|(name, units, finish)| run_task(name, job(name, units, finish)));
    let mut values = Vec::new();
    let mut errors = Vec::new();
    for outcome in join_all(tasks).await {
        match outcome {
            Ok(value) => values.push(value),
            Err(error) => errors.push(error),
        }
    }
    (values, errors)
}
// ANCHOR_END: group
