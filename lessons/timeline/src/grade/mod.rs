//! The grading harness: runs a learner's async code under the grader contract
//! and hands the graded test what it returned and how it ran.
//!
//! Every run:
//! 1. uses a current-thread runtime whose clock starts paused, so virtual
//!    seconds cost no wall time and timings are exact;
//! 2. is bounded: code still waiting after [`HANG_LIMIT`] of virtual time
//!    fails as hung, at once;
//! 3. notices blocking: wall-clock time past the blocking limit means the
//!    thread was blocked (`std::thread::sleep`, a busy loop);
//! 4. notices leaks: tasks still alive when the graded code has returned;
//! 5. notices panics inside spawned tasks, even when nobody awaited them;
//! 6. explains a `todo!()` by naming the file and function to open;
//! 7. returns a [`Run`]: the value, the recorded [`Timeline`], the elapsed
//!    virtual time, with assertions that draw both timelines on failure.
//!
//! Code that talks to real sockets cannot run on a paused clock: tokio moves
//! a paused clock forward whenever the runtime has nothing to do but wait for
//! I/O, so every timeout would fire at once. [`Grader::real_clock`] grades
//! such code on the wall clock instead: the hang limit is a few real seconds
//! ([`REAL_HANG_LIMIT`]), there is no blocking verdict (real waiting takes
//! real time), and the leak, task-panic and `todo!()` checks stay. Timings are
//! then measured, not exact: tests compare them with ranges.

mod panics;
#[cfg(test)]
mod tests;
mod todo;

use std::any::Any;
use std::panic::{self, AssertUnwindSafe};
use std::pin::Pin;
use std::sync::mpsc;
use std::time::Duration;

use tokio::runtime::Handle;
use tokio::time::Instant;

use crate::draw::seconds;
use crate::{Outcome, Recorder, Span, Timeline};
use panics::PanicRecord;

/// Virtual time after which a graded run counts as hung.
pub const HANG_LIMIT: Duration = Duration::from_secs(600);

/// Real time after which a graded run on the real clock counts as hung.
/// Real-clock tests use units of about 100 ms, so a correct run takes well
/// under a second or two.
pub const REAL_HANG_LIMIT: Duration = Duration::from_secs(5);

/// Wall-clock time a graded run may take before it counts as blocking. Under a
/// paused clock a correct run takes milliseconds, so this is generous.
pub const BLOCKING_LIMIT: Duration = Duration::from_secs(1);

/// How often the harness lets the runtime run before counting live tasks, so
/// that tasks aborted just before returning have time to go away.
const SETTLE_ROUNDS: usize = 16;

/// On the real clock, a task may need a little real time to go away (a
/// connection closing its socket, say): how long the harness waits for that
/// before it counts the tasks still alive as leaked.
const REAL_SETTLE_TIME: Duration = Duration::from_millis(200);

/// Runs `body` under the grader contract with the default settings.
///
/// `body` builds the future on the grading thread, so it need not be `Send`.
#[track_caller]
pub fn grade<F, Fut, T>(body: F) -> Run<T>
where
    F: FnOnce() -> Fut + Send + 'static,
    Fut: Future<Output = T>,
    T: Send + 'static,
{
    Grader::new().run(body)
}

/// Settings for a graded run; [`grade`] uses the defaults.
#[derive(Clone, Debug)]
pub struct Grader {
    expected_task_panics: usize,
    blocking_limit: Duration,
    clock: Clock,
    /// `None`: the clock's default, [`HANG_LIMIT`] or [`REAL_HANG_LIMIT`].
    hang_limit: Option<Duration>,
}

/// The clock a graded run uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Clock {
    /// tokio's paused clock: exact, and free in wall time.
    Paused,
    /// The wall clock, for code that does real I/O.
    Real,
}

impl Default for Grader {
    fn default() -> Self {
        Self::new()
    }
}

impl Grader {
    /// No task may panic; the blocking limit is [`BLOCKING_LIMIT`].
    pub fn new() -> Self {
        Grader {
            expected_task_panics: 0,
            blocking_limit: BLOCKING_LIMIT,
            clock: Clock::Paused,
            hang_limit: None,
        }
    }

    /// Runs on the real clock, with I/O enabled, for code that talks to real
    /// sockets (a paused clock would fire its timeouts at once). A run still
    /// going after [`REAL_HANG_LIMIT`] of real time fails as hung; there is
    /// no blocking verdict; [`Run::elapsed`] is real time.
    pub fn real_clock(mut self) -> Self {
        self.clock = Clock::Real;
        self
    }

    /// Changes the time after which a run counts as hung (virtual time on
    /// the paused clock, real time on the real clock).
    pub fn hang_limit(mut self, limit: Duration) -> Self {
        self.hang_limit = Some(limit);
        self
    }

    fn effective_hang_limit(&self) -> Duration {
        let default = match self.clock {
            Clock::Paused => HANG_LIMIT,
            Clock::Real => REAL_HANG_LIMIT,
        };
        self.hang_limit.unwrap_or(default)
    }

    /// The exercise makes exactly `count` tasks panic on purpose (and handles
    /// the `JoinError`); any other number fails the test.
    pub fn expect_task_panics(mut self, count: usize) -> Self {
        self.expected_task_panics = count;
        self
    }

    /// Changes the wall-clock limit; a run that has not finished after five
    /// times this limit (on the real clock: the hang limit plus five times
    /// this limit) is abandoned as stuck.
    pub fn blocking_limit(mut self, limit: Duration) -> Self {
        self.blocking_limit = limit;
        self
    }

    /// Runs `body` on its own thread under the grader contract, and fails the
    /// calling test with an explanation when the contract is broken.
    #[track_caller]
    pub fn run<F, Fut, T>(self, body: F) -> Run<T>
    where
        F: FnOnce() -> Fut + Send + 'static,
        Fut: Future<Output = T>,
        T: Send + 'static,
    {
        // Only this boxing is compiled once per test; the machinery below is
        // compiled once for all of them, which keeps re-grading quick.
        let body: Body = Box::new(move || {
            Box::pin(async move { Box::new(body().await) as Box<dyn Any + Send> })
        });
        let (value, timeline, elapsed) = self.run_boxed(body);
        let value = value.downcast::<T>().expect("the graded body returns a T");
        Run { value: *value, timeline, elapsed }
    }

    #[track_caller]
    fn run_boxed(self, body: Body) -> (Box<dyn Any + Send>, Timeline, Duration) {
        let wall_start = std::time::Instant::now();
        let (report, reply) = mpsc::channel();
        let name = std::thread::current().name().unwrap_or("graded run").to_string();
        let (clock, hang_limit) = (self.clock, self.effective_hang_limit());
        std::thread::Builder::new()
            .name(name)
            .spawn(move || {
                panics::watch_this_thread();
                let outcome =
                    panic::catch_unwind(AssertUnwindSafe(|| run_on(clock, hang_limit, body)));
                // The test may have given up waiting already; nobody to tell then.
                let _ = report.send((outcome, panics::seen_on_this_thread()));
            })
            .expect("could not start a grading thread");

        let give_up_after = match clock {
            Clock::Paused => self.blocking_limit * 5,
            Clock::Real => hang_limit + self.blocking_limit * 5,
        };
        let Ok((outcome, panics)) = reply.recv_timeout(give_up_after) else {
            panic!("{}", stuck_message(give_up_after, clock));
        };
        if let Some(todo) = panics.iter().find(|record| record.is_todo()) {
            panic!("{}", todo::unwritten_exercise_message(todo));
        }
        let finished = outcome.unwrap_or_else(|payload| panic::resume_unwind(payload));
        let wall_time = wall_start.elapsed();
        // On the real clock waiting takes real time, so wall time says nothing
        // about blocking there.
        if clock == Clock::Paused && wall_time > self.blocking_limit {
            panic!("{}", blocking_message(wall_time, &finished.timeline));
        }
        let Some(value) = finished.value else {
            panic!("{}", hung_message(&finished.timeline, clock, hang_limit));
        };
        if panics.len() != self.expected_task_panics {
            panic!("{}", task_panic_message(&panics, self.expected_task_panics));
        }
        if finished.tasks_alive > 0 {
            panic!("{}", leak_message(finished.tasks_alive, &finished.timeline));
        }
        (value, finished.timeline, finished.elapsed)
    }
}

/// A graded body with its types erased: it builds the future on the grading
/// thread (so the future need not be `Send`) and boxes what it returns.
type Body = Box<dyn FnOnce() -> Pin<Box<dyn Future<Output = Box<dyn Any + Send>>>> + Send>;

/// What the grading thread reports back.
struct Finished {
    /// `None` when the run hit its hang limit.
    value: Option<Box<dyn Any + Send>>,
    timeline: Timeline,
    elapsed: Duration,
    tasks_alive: usize,
}

fn run_on(clock: Clock, hang_limit: Duration, body: Body) -> Finished {
    let mut builder = tokio::runtime::Builder::new_current_thread();
    match clock {
        Clock::Paused => builder.enable_time().start_paused(true),
        Clock::Real => builder.enable_all(),
    };
    let runtime = builder.build().expect("could not build the grading runtime");
    runtime.block_on(async {
        let recorder = Recorder::new();
        let _recording = recorder.install_for_this_thread();
        let start = Instant::now();
        let mut body = std::pin::pin!(body());
        let value = tokio::select! {
            biased;
            value = &mut body => value,
            () = tokio::time::sleep(hang_limit) => {
                // Drawn before the stuck code is dropped, so it shows where it got stuck.
                let timeline = recorder.timeline();
                return Finished { value: None, timeline, elapsed: hang_limit, tasks_alive: 0 };
            }
        };
        let elapsed = start.elapsed();
        let tasks_alive = tasks_still_alive(clock).await;
        Finished { value: Some(value), timeline: recorder.timeline(), elapsed, tasks_alive }
    })
}

/// Lets aborted tasks finish going away, then counts the ones left.
async fn tasks_still_alive(clock: Clock) -> usize {
    let metrics = Handle::current().metrics();
    for _ in 0..SETTLE_ROUNDS {
        if metrics.num_alive_tasks() == 0 {
            return 0;
        }
        tokio::task::yield_now().await;
    }
    if clock == Clock::Real {
        let deadline = Instant::now() + REAL_SETTLE_TIME;
        while metrics.num_alive_tasks() > 0 && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }
    metrics.num_alive_tasks()
}

fn stuck_message(waited: Duration, clock: Clock) -> String {
    let expected = match clock {
        Clock::Paused => "Under the paused clock a correct run takes milliseconds.",
        Clock::Real => "Even the hang limit could not fire.",
    };
    format!(
        "\n\nBlocked: the code never gave the runtime a chance to run; it was still going after \
         {waited:?} of real time.\n\
         {expected} Something keeps the thread busy: \
         a loop that never reaches an `.await`, `std::thread::sleep`, or blocking I/O.\n\
         Use `tokio::time::sleep(..).await` to wait, and `tokio::task::spawn_blocking` for heavy work.\n"
    )
}

fn blocking_message(wall_time: Duration, timeline: &Timeline) -> String {
    format!(
        "\n\nBlocking: the run took {wall_time:.2?} of real time, but under the paused clock a \
         correct run takes milliseconds.\n\
         Something blocked the thread, so no other task could run meanwhile: \
         `std::thread::sleep` (use `tokio::time::sleep(..).await`), \
         or heavy work on the runtime thread (use `tokio::task::spawn_blocking`).\n\
         Your code ran like this (virtual time stands still while the thread is blocked):\n\n{timeline}"
    )
}

fn hung_message(timeline: &Timeline, clock: Clock, limit: Duration) -> String {
    let waited = match clock {
        Clock::Paused if limit.as_secs() >= 60 && limit.as_secs().is_multiple_of(60) => {
            format!("{} minutes of virtual time", limit.as_secs() / 60)
        }
        Clock::Paused => format!("{} of virtual time", seconds(limit)),
        Clock::Real => format!("{} of real time, far longer than this test needs", seconds(limit)),
    };
    format!(
        "\n\nHung: the code was still waiting after {waited}, so it would never finish.\n\
         Something waits for what never happens: a task that never ends, a channel nobody sends on \
         or closes, a lock or a semaphore permit nobody gives back, a request to a server that \
         never answers, sent without a time limit.\n\
         Your code ran like this before it got stuck:\n\n{timeline}"
    )
}

fn task_panic_message(panics: &[PanicRecord], expected: usize) -> String {
    let list: Vec<String> = panics
        .iter()
        .map(|record| format!("  '{}' at {}:{}", record.message, record.file, record.line))
        .collect();
    format!(
        "\n\nA spawned task panicked {} time(s); this exercise expects {expected}.\n{}\n\
         tokio catches a panic inside a task and hands it to whoever awaits the JoinHandle, \
         as an `Err(JoinError)`. If nobody awaits it, the panic is silently lost, \
         so the grader reports it here.\n",
        panics.len(),
        list.join("\n"),
    )
}

fn leak_message(alive: usize, timeline: &Timeline) -> String {
    format!(
        "\n\nLeak: {alive} spawned task(s) were still running after your code returned.\n\
         Dropping a JoinHandle does not stop its task: the task goes on by itself. \
         Await every handle (or abort it, or use a JoinSet) before returning.\n\
         Your code ran like this:\n\n{timeline}"
    )
}

/// What a graded run returned and how it ran.
#[derive(Debug)]
pub struct Run<T> {
    /// What the graded code returned.
    pub value: T,
    /// Every traced task, as it ran.
    pub timeline: Timeline,
    /// Time from the start of the run until the graded code returned:
    /// virtual time, or real time on the real clock.
    pub elapsed: Duration,
}

/// `n` units of time: in graded tests a unit is one virtual second.
pub fn units(n: u64) -> Duration {
    Duration::from_secs(n)
}

/// Awaits `work` and also returns how much virtual time it took.
pub async fn timed<F: Future>(work: F) -> (F::Output, Duration) {
    let start = Instant::now();
    let output = work.await;
    (output, start.elapsed())
}

/// The label [`marking_return`] records.
pub const RETURNED: &str = "returned";

/// Awaits `work`, then records the moment it returned as a [`RETURNED`]
/// mark, so that a test can order other events against it (a cleanup that
/// must come before, say).
pub async fn marking_return<F: Future>(work: F) -> F::Output {
    let output = work.await;
    crate::mark(RETURNED);
    output
}

/// A span the test expects: label, start and end in whole virtual seconds,
/// and whether it finished or was cancelled.
#[derive(Clone, Debug)]
pub struct Expected {
    label: &'static str,
    start: u64,
    end: u64,
    outcome: Outcome,
}

/// A task named `label` that ran from `start` to `end` seconds and finished.
pub fn finished(label: &'static str, start: u64, end: u64) -> Expected {
    Expected { label, start, end, outcome: Outcome::Finished }
}

/// A task named `label` that started at `start` and was cancelled at `end`.
pub fn cancelled(label: &'static str, start: u64, end: u64) -> Expected {
    Expected { label, start, end, outcome: Outcome::Cancelled }
}

impl Expected {
    fn to_span(&self) -> Span {
        Span {
            label: self.label.to_string(),
            tokio_task: None,
            start: Duration::from_secs(self.start),
            end: Duration::from_secs(self.end),
            outcome: self.outcome,
        }
    }
}

// The assertions are written once, below, without the value's type: one
// copy for every test instead of one per test.
impl<T> Run<T> {
    /// The graded code returned after exactly `secs` virtual seconds.
    #[track_caller]
    pub fn assert_took(&self, secs: u64) {
        assert_took(&self.timeline, self.elapsed, secs)
    }

    /// The recorded tasks are exactly `expected`, in any order, to the
    /// nanosecond (the paused clock is exact). On failure both timelines are
    /// drawn to one scale.
    #[track_caller]
    pub fn assert_timeline(&self, expected: &[Expected]) {
        assert_timeline(&self.timeline, expected)
    }

    /// At most `limit` tasks ran at any moment, and at some moment exactly
    /// `limit` did.
    #[track_caller]
    pub fn assert_max_concurrency(&self, limit: usize) {
        assert_max_concurrency(&self.timeline, limit)
    }

    /// Each task named in `labels` ran in a spawned tokio task of its own,
    /// not inside the graded function itself.
    #[track_caller]
    pub fn assert_spawned(&self, labels: &[&str]) {
        assert_spawned(&self.timeline, labels)
    }

    /// `first` was recorded before `then`. Spans starting at the same virtual
    /// instant keep the order in which they happened, so this tells apart two
    /// events at one instant (a cleanup and a return, say). `why` explains to
    /// the learner what the order means.
    #[track_caller]
    pub fn assert_recorded_before(&self, first: &str, then: &str, why: &str) {
        assert_recorded_before(&self.timeline, first, then, why)
    }

    /// The recorded task called `label`; fails with the timeline when there is none.
    #[track_caller]
    pub fn task(&self, label: &str) -> &Span {
        task(&self.timeline, label)
    }
}

#[track_caller]
fn assert_took(timeline: &Timeline, elapsed: Duration, secs: u64) {
    let expected = Duration::from_secs(secs);
    if elapsed != expected {
        panic!(
            "\n\nExpected your code to return after {}, but it returned after {}.\n\
             Your code ran like this:\n\n{}",
            seconds(expected),
            seconds(elapsed),
            timeline
        );
    }
}

#[track_caller]
fn assert_timeline(timeline: &Timeline, expected: &[Expected]) {
    let expected = Timeline::new(expected.iter().map(Expected::to_span).collect());
    if comparable(timeline) != comparable(&expected) {
        let scale = timeline.end().max(expected.end());
        panic!(
            "\n\nThe tasks did not run as expected.\n\nYour code ran like this:\n\n{}\n\
             Expected:\n\n{}",
            timeline.draw_to_scale(scale),
            expected.draw_to_scale(scale),
        );
    }
}

#[track_caller]
fn assert_max_concurrency(timeline: &Timeline, limit: usize) {
    let most = timeline.max_concurrency();
    if most != limit {
        panic!(
            "\n\nExpected at most {limit} tasks at once (and at some moment exactly {limit}), \
             but {most} ran at once.\nYour code ran like this:\n\n{}",
            timeline
        );
    }
}

#[track_caller]
fn assert_spawned(timeline: &Timeline, labels: &[&str]) {
    let mut seen: Vec<&str> = Vec::new();
    for label in labels {
        let task = task(timeline, label).tokio_task.as_deref();
        let problem = match task {
            None => "it ran inside your function, not in a spawned task (use `tokio::spawn`)",
            Some(id) if seen.contains(&id) => "it shared a spawned task with another one",
            Some(id) => {
                seen.push(id);
                continue;
            }
        };
        panic!("\n\nExpected {label:?} to run in its own spawned task, but {problem}.\n");
    }
}

#[track_caller]
fn assert_recorded_before(timeline: &Timeline, first: &str, then: &str, why: &str) {
    let position = |label: &str| timeline.spans().iter().position(|s| s.label == label);
    let problem = match (position(first), position(then)) {
        (Some(a), Some(b)) if a < b => return,
        (Some(_), Some(_)) => format!("{first:?} happened only after {then:?}"),
        (None, _) => format!("{first:?} never happened"),
        (_, None) => format!("{then:?} never happened"),
    };
    panic!(
        "\n\n{problem}. {why}\n\
         Your code ran like this (rows that start at the same instant are in the order they \
         happened):\n\n{}",
        timeline
    );
}

#[track_caller]
fn task<'a>(timeline: &'a Timeline, label: &str) -> &'a Span {
    match timeline.span(label) {
        Some(span) => span,
        None => panic!(
            "\n\nExpected a task called {label:?}, but it never ran.\n\
             Your code ran like this:\n\n{}",
            timeline
        ),
    }
}

/// Spans as sortable tuples, so that order does not matter.
fn comparable(timeline: &Timeline) -> Vec<(Duration, Duration, String, String)> {
    let mut rows: Vec<_> = timeline
        .spans()
        .iter()
        .map(|span| (span.start, span.end, span.label.clone(), format!("{:?}", span.outcome)))
        .collect();
    rows.sort();
    rows
}
