//! The grading harness: runs a learner's async code under the grader contract
//! and hands the graded test what it returned and how it ran.
//!
//! Every run:
//! 1. uses a current-thread runtime whose clock starts paused, so virtual
//!    seconds cost no wall time and timings are exact;
//! 2. is bounded: code still waiting after [`HANG_LIMIT`] of virtual time
//!    fails as hung, at once;
//! 3. notices blocking: real time that the runtime's thread spent busy, past
//!    the blocking limit, means the thread was blocked (`std::thread::sleep`,
//!    heavy work); [`watch`] tells that apart from a runtime that is busy
//!    while virtual time stands still, from work outside the runtime, and
//!    from a resumed clock;
//! 4. notices leaks: tasks still alive at the instant the graded code
//!    returned (a task that would end a moment later was not awaited);
//! 5. notices panics inside spawned tasks, even when nobody awaited them;
//! 6. explains a `todo!()` by naming the file and function to open;
//! 7. returns a [`Run`]: the value, the recorded [`Timeline`], the elapsed
//!    virtual time, with assertions that draw both timelines on failure.
//!
//! A hand-written future (Part III) runs inside a [`probe::Probe`], which
//! polls it with a waker of its own and counts polls, wakes, copies of the
//! waker kept and polls after `Ready`, for verdicts a run alone cannot give.
//!
//! Code that talks to real sockets cannot run on a paused clock: tokio moves
//! a paused clock forward whenever the runtime has nothing to do but wait for
//! I/O, so every timeout would fire at once. [`Grader::real_clock`] grades
//! such code on the wall clock instead: the hang limit is a few real seconds
//! ([`REAL_HANG_LIMIT`]), there is no blocking verdict (real waiting takes
//! real time), and the leak, task-panic and `todo!()` checks stay. Timings are
//! then measured, not exact: tests compare them with ranges.

mod bounded;
mod check;
mod panics;
pub mod probe;
mod scenario;
mod stress;
mod subject;
#[cfg(test)]
mod tests;
mod todo;
mod verdict;
mod watch;

use std::any::Any;
use std::panic::{self, AssertUnwindSafe};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use tokio::runtime::Handle;
use tokio::time::Instant;

use crate::{Outcome, Recorder, Span, Timeline};
pub use bounded::{SYNC_HANG_LIMIT, run_bounded};
pub use check::assert_same;
use panics::{PanicRecord, fail};
pub use scenario::{Gen, Observed, SEED_VARIABLE, Scenarios, scenarios};
pub use stress::{DEFAULT_TWO_WORKER_RUNS, STRESS_WORKERS, Stress, stress, work_for};
use watch::{Cause, Pulse, Sighting};

/// The line printed above every verdict, which sets it apart from whatever
/// the learner's code printed before it (the learner tool finds it by this).
pub const VERDICT_HEADING: &str = "──── the grader's verdict ────";

/// The name of the thread every graded run runs on.
pub const GRADING_THREAD: &str = "graded run";

/// Virtual time after which a graded run counts as hung.
pub const HANG_LIMIT: Duration = Duration::from_secs(600);

/// Real time after which a graded run on the real clock counts as hung.
/// Real-clock tests use units of about 100 ms, so a correct run takes well
/// under a second or two.
pub const REAL_HANG_LIMIT: Duration = Duration::from_secs(5);

/// Real time the runtime's thread may spend busy before the run counts as
/// blocking. Under a paused clock a correct run takes milliseconds, so this
/// is generous. Time the thread spends idle, waiting for `spawn_blocking`
/// work, does not count.
pub const BLOCKING_LIMIT: Duration = Duration::from_secs(1);

/// How often the harness lets the runtime run, after the graded code
/// returned, before counting the tasks still alive: it tells a leaked task
/// that went on running from one that ended at the same instant, and on the
/// real clock it lets a library end its own tasks (a connection pool's).
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
    /// What a hang most likely means in this exercise, added to the verdict.
    hang_hint: Option<&'static str>,
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
            hang_hint: None,
        }
    }

    /// Adds `hint` to the verdict when the run hangs: what a hang most
    /// likely means in this exercise (a wake-up lost on a `Notify`, say).
    pub fn if_it_hangs(mut self, hint: &'static str) -> Self {
        self.hang_hint = Some(hint);
        self
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

    /// Changes the blocking limit; a run that has not finished after five
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
        let (value, timeline, elapsed, waited_outside) = self.run_boxed(body);
        let value = value.downcast::<T>().expect("the graded body returns a T");
        Run { value: *value, timeline, elapsed, waited_outside }
    }

    fn run_boxed(self, body: Body) -> (Box<dyn Any + Send>, Timeline, Duration, Duration) {
        let wall_start = std::time::Instant::now();
        let pulse = Arc::new(Pulse::default());
        let reply = self.start_grading_thread(body, Arc::clone(&pulse));
        let (report, sightings) = match self.clock {
            Clock::Paused => self.wait_watching(&reply, &pulse),
            Clock::Real => {
                let give_up_after = self.effective_hang_limit() + self.blocking_limit * 5;
                match reply.recv_timeout(give_up_after) {
                    Ok(report) => (report, Vec::new()),
                    Err(_) => fail(verdict::stuck_on_real_clock(give_up_after)),
                }
            }
        };
        let Report { outcome, panics } = report;
        let finished = panics::value_or_verdict(outcome, &panics);
        if finished.clock_resumed {
            fail(verdict::clock_resumed());
        }
        if self.clock == Clock::Paused {
            // Real time waiting for `spawn_blocking` work is not blocking.
            let busy = wall_start.elapsed().saturating_sub(pulse.parked_time());
            if busy > self.blocking_limit {
                match sightings.iter().map(|sighting| sighting.cause()).find(|c| *c != Cause::Busy)
                {
                    None if !sightings.is_empty() => fail(verdict::busy(busy, true)),
                    _ => fail(verdict::blocking(busy, &finished.timeline)),
                }
            }
        }
        let value = match finished.ending {
            Ending::Returned(value) => value,
            Ending::Hung => {
                let hung = verdict::hung(&finished.timeline, self.describe_hang_limit());
                fail(format!(
                    "{hung}{}",
                    self.hang_hint.map(|h| format!("\n{h}\n")).unwrap_or_default()
                ))
            }
            Ending::CameBackFromOutside { real } => {
                fail(verdict::outside_unseen(real, finished.elapsed, &finished.timeline))
            }
        };
        if panics.len() != self.expected_task_panics {
            fail(verdict::task_panics(&panics, self.expected_task_panics));
        }
        if finished.leaked.alive > 0 {
            fail(verdict::leak(
                finished.leaked.alive,
                finished.leaked.still_running,
                &finished.timeline,
            ));
        }
        // On the paused clock the runtime parks for real only while it waits
        // for work outside it: `spawn_blocking` closures, threads.
        let waited_outside = match self.clock {
            Clock::Paused => pulse.parked_time(),
            Clock::Real => Duration::ZERO,
        };
        (value, finished.timeline, finished.elapsed, waited_outside)
    }

    fn start_grading_thread(&self, body: Body, pulse: Arc<Pulse>) -> Receiver<Report> {
        let (report, reply) = mpsc::channel();
        let settings = Settings {
            clock: self.clock,
            hang_limit: self.effective_hang_limit(),
            grace: self.blocking_limit / 2,
        };
        // The same name for every run: a test's name can say what it expects
        // ("..._passes_..."), and the graded code could read its thread's name.
        std::thread::Builder::new()
            .name(GRADING_THREAD.to_string())
            .spawn(move || {
                panics::watch_this_thread();
                let outcome =
                    panic::catch_unwind(AssertUnwindSafe(|| run_on(settings, pulse, body)));
                let panics = panics::seen_on_this_thread();
                // The test may have given up waiting already; nobody to tell then.
                let _ = report.send(Report { outcome, panics });
            })
            .expect("could not start a grading thread");
        reply
    }

    /// Waits for the run's report on the paused clock. Past the blocking
    /// limit it probes the runtime while it waits, and past five times the
    /// limit it gives up with the verdict the last probe points to.
    fn wait_watching(&self, reply: &Receiver<Report>, pulse: &Pulse) -> (Report, Vec<Sighting>) {
        let start = std::time::Instant::now();
        let mut sightings = Vec::new();
        // A correct run answers within the blocking limit, unprobed.
        let mut first_wait = true;
        loop {
            let mut answer = Err(RecvTimeoutError::Timeout);
            let sighting = if first_wait {
                answer = reply.recv_timeout(self.blocking_limit);
                None
            } else {
                Some(pulse.look(|wait| answer = reply.recv_timeout(wait)))
            };
            first_wait = false;
            match answer {
                Ok(report) => return (report, sightings),
                Err(RecvTimeoutError::Disconnected) => {
                    fail("\n\nThe grading thread ended without a report.\n".to_string())
                }
                Err(RecvTimeoutError::Timeout) => sightings.extend(sighting),
            }
            let waited = start.elapsed();
            if waited >= self.blocking_limit * 5 {
                let last = sightings.last().copied().unwrap_or_default();
                fail(match last.cause() {
                    Cause::Blocked => verdict::blocked(waited),
                    Cause::Busy => verdict::busy(waited, false),
                    Cause::Outside => verdict::outside(waited),
                    Cause::ClockResumed => verdict::clock_resumed(),
                });
            }
        }
    }

    fn describe_hang_limit(&self) -> String {
        let limit = self.effective_hang_limit();
        match self.clock {
            Clock::Paused => verdict::describe_wait(limit),
            Clock::Real => format!(
                "{} of real time, far longer than this test needs",
                crate::draw::seconds(limit)
            ),
        }
    }
}

/// A graded body with its types erased: it builds the future on the grading
/// thread (so the future need not be `Send`) and boxes what it returns.
type Body = Box<dyn FnOnce() -> BodyFuture + Send>;

/// The future a [`Body`] builds.
type BodyFuture = Pin<Box<dyn Future<Output = Box<dyn Any + Send>>>>;

/// What the grading thread sends back to the test thread.
struct Report {
    /// How the run ended, or the panic that ended it.
    outcome: std::thread::Result<Finished>,
    /// Every panic seen on the grading thread (task panics included).
    panics: Vec<PanicRecord>,
}

/// What the grading thread needs to know.
#[derive(Clone, Copy)]
struct Settings {
    clock: Clock,
    hang_limit: Duration,
    /// Real time the harness waits, after the hang limit, for an answer
    /// from outside the runtime (which the paused clock cannot see).
    grace: Duration,
}

/// How a run that did not panic ended.
struct Finished {
    ending: Ending,
    /// The timeline at the moment the graded code returned (or got stuck).
    timeline: Timeline,
    elapsed: Duration,
    leaked: Leaked,
    /// The clock was running with real time when the graded code returned.
    clock_resumed: bool,
}

enum Ending {
    /// The graded code returned this.
    Returned(Box<dyn Any + Send>),
    /// It was still waiting at the hang limit.
    Hung,
    /// It was still waiting at the hang limit, and returned a moment of real
    /// time later without any virtual time passing: its answer came from
    /// outside the runtime.
    CameBackFromOutside { real: Duration },
}

/// Tasks still alive when the graded code returned.
#[derive(Default)]
struct Leaked {
    /// At the instant it returned (paused clock), or after a short settling
    /// time (real clock, where libraries end their own tasks a little later).
    alive: usize,
    /// Of those, the ones still alive after the runtime had run a while longer.
    still_running: usize,
}

fn run_on(settings: Settings, pulse: Arc<Pulse>, body: Body) -> Finished {
    let mut builder = tokio::runtime::Builder::new_current_thread();
    match settings.clock {
        Clock::Paused => builder.enable_time().start_paused(true),
        Clock::Real => builder.enable_all(),
    };
    let (parking, unparking) = (Arc::clone(&pulse), Arc::clone(&pulse));
    builder.on_thread_park(move || parking.park()).on_thread_unpark(move || unparking.unpark());
    let runtime = builder.build().expect("could not build the grading runtime");
    runtime.block_on(async {
        let recorder = Recorder::new();
        let _recording = recorder.install_for_this_thread();
        let real_start = std::time::Instant::now();
        let start = Instant::now();
        let mut body = std::pin::pin!(body());
        let hang = tokio::time::sleep(settings.hang_limit);
        let mut hang = std::pin::pin!(hang);
        let value = loop {
            tokio::select! {
                biased;
                value = &mut body => break value,
                () = &mut hang => {
                    // Drawn before the stuck code is dropped, so it shows where it got stuck.
                    let timeline = recorder.timeline();
                    let ending = after_the_hang_limit(settings, body.as_mut(), real_start).await;
                    let elapsed = settings.hang_limit;
                    let (leaked, clock_resumed) = (Leaked::default(), false);
                    return Finished { ending, timeline, elapsed, leaked, clock_resumed };
                }
                () = pulse.probed() => pulse.answer(),
            }
        };
        let elapsed = start.elapsed();
        let alive_at_return = Handle::current().metrics().num_alive_tasks();
        let timeline = recorder.timeline();
        let clock_resumed = settings.clock == Clock::Paused && watch::clock_is_running();
        let still_running = tasks_still_alive(settings.clock).await;
        let leaked = match settings.clock {
            Clock::Paused => Leaked { alive: alive_at_return, still_running },
            Clock::Real => Leaked { alive: still_running, still_running },
        };
        let timeline = if leaked.alive > 0 { timeline } else { recorder.timeline() };
        Finished { ending: Ending::Returned(value), timeline, elapsed, leaked, clock_resumed }
    })
}

/// The graded code is still waiting at the hang limit. On the paused clock
/// that can also mean it waits for something outside the runtime (a
/// `std::thread`), which the clock cannot see and skipped past: give it a
/// moment of real time, and tell the two apart by whether it comes back
/// without any more virtual time passing.
async fn after_the_hang_limit(
    settings: Settings,
    body: Pin<&mut BodyFuture>,
    real_start: std::time::Instant,
) -> Ending {
    if settings.clock == Clock::Real {
        return Ending::Hung;
    }
    let hang_instant = Instant::now();
    tokio::select! {
        biased;
        _ = body => {
            if Instant::now() == hang_instant {
                Ending::CameBackFromOutside { real: real_start.elapsed() }
            } else {
                Ending::Hung
            }
        }
        () = watch::real_time_passes(settings.grace) => Ending::Hung,
    }
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
    /// Real time the runtime spent idle, waiting for work outside it
    /// (`spawn_blocking`, a thread), which the paused clock does not count.
    waited_outside: Duration,
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
    pub(crate) fn to_span(&self) -> Span {
        Span {
            label: self.label.to_string(),
            tokio_task: None,
            start: Duration::from_secs(self.start),
            end: Duration::from_secs(self.end),
            outcome: self.outcome,
        }
    }
}
