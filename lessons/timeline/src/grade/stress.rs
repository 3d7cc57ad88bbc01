//! Stress tests: the learner's function run thousands of times on a
//! multi-thread runtime with two worker threads and the real clock, each
//! run compared with the reference solution's.
//!
//! Every other graded run uses one thread, where the paused clock lives. On
//! one thread, code between two `.await`s runs alone: nothing else can run
//! until the task reaches an `.await`. On a multi-thread runtime that is no
//! longer so: two tasks run at the same moment on two workers, and a check
//! and an act done in two steps with no `.await` between them (two lockings
//! of one mutex, an atomic load and then a store) can be split by another
//! task. That happens only when two tasks reach those steps within a
//! fraction of a microsecond of each other: measured, in two to four runs
//! in a hundred, and only in runs where both workers were awake. So a
//! stress test makes its runs cheap and back to back:
//!
//! - the given helpers wait with [`work_for`]: a sleep on the paused clock,
//!   a single yield here, so that a run takes microseconds, not seconds;
//! - a task on the workers makes the runs, one after another, and a task on
//!   each worker keeps it from going to sleep when it has nothing to do:
//!   both stay awake, and the one not running the learner's function steals
//!   half of the tasks it spawns, so that the two work through them side by
//!   side;
//! - it counts the runs in which both workers were awake, and stops once
//!   [`DEFAULT_TWO_WORKER_RUNS`] of them passed, at the first run that
//!   differs, or after a time limit, whichever comes first. On a machine
//!   whose cores are busy with other work, both workers are seldom awake at
//!   once, and the time limit comes first; so the stress tests of a test
//!   binary take turns, not to be that other work for each other.
//!
//! What is compared is what `observe` reads from each run's value, as in
//! [`Scenarios::compare_by`](super::Scenarios::compare_by): only what the
//! spec fixes whichever thread runs which task. Nothing is recorded (real
//! times say nothing here, and recording would slow every run down). A
//! panic, an unwritten exercise and a run that does not end are verdicts of
//! their own; leaks and blocking are left to the paused-clock tests, which
//! see them exactly.

use std::cell::RefCell;
use std::fmt::Debug;
use std::panic::{self, AssertUnwindSafe};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use super::panics::{self, PanicRecord, fail};
use super::scenario::Gen;
use super::subject::your_function;
use super::{Run, todo};
use crate::Timeline;
use crate::draw::seconds;

/// The worker threads of a stress test's runtime: two, the fewest that can
/// run two tasks at the same moment.
pub const STRESS_WORKERS: usize = 2;

/// Runs with both workers awake after which a stress test passes, unless
/// told otherwise. A race of two lockings showed in 2 to 4 such runs in a
/// hundred (measured on lesson 15's tickets and visits), so a thousand of
/// them all miss it about once in a billion tests. On a machine with two
/// idle cores they take a few tens of milliseconds.
pub const DEFAULT_TWO_WORKER_RUNS: usize = 1000;

/// Real time after which a stress test stops making runs, and passes,
/// unless told otherwise. It counts from the moment the test has the cores
/// to itself: the stress tests of one test binary take turns, since two at
/// once would each keep the other's workers from running together.
const DEFAULT_TIME_LIMIT: Duration = Duration::from_millis(500);

/// Held by the stress test that is running, in this process.
static TURN: Mutex<()> = Mutex::new(());

/// Runs of the learner's function on one scenario before the next.
const RUNS_PER_SCENARIO: usize = 100;

/// The size of a stress test's scenarios, unless told otherwise: small, so
/// that a run is quick and its tasks contend from the start.
const DEFAULT_SIZE: usize = 4;

/// Real time after which a series of runs counts as hung: far more than
/// the time limit, and a run takes microseconds.
const HANG_LIMIT: Duration = Duration::from_secs(5);

thread_local! {
    /// On a stress test's threads: where they mark that they were active
    /// during a run, and this thread's bit in the mark.
    static STRESSED: RefCell<Option<(Arc<AtomicUsize>, usize)>> = const { RefCell::new(None) };
}

/// What the given helpers do where they stand for `duration` of work or
/// waiting: sleep that long (in virtual time, when graded on one thread).
/// On a stress test's threads, where real seconds would make thousands of
/// runs far too slow, they yield to the scheduler once instead: the task
/// still stops there and lets others run.
pub async fn work_for(duration: Duration) {
    if mark_active() {
        tokio::task::yield_now().await;
    } else {
        tokio::time::sleep(duration).await;
    }
}

/// A stress test: how large its scenarios, and when it stops.
#[derive(Clone, Debug)]
pub struct Stress {
    size: usize,
    two_worker_runs: usize,
    time_limit: Duration,
}

/// A stress test with the default settings: scenarios of size 4, on
/// [`STRESS_WORKERS`] worker threads, until [`DEFAULT_TWO_WORKER_RUNS`]
/// runs with both workers awake have passed, for 500 ms at most.
pub fn stress() -> Stress {
    Stress {
        size: DEFAULT_SIZE,
        two_worker_runs: DEFAULT_TWO_WORKER_RUNS,
        time_limit: DEFAULT_TIME_LIMIT,
    }
}

impl Stress {
    /// Generates every scenario with size `size`.
    pub fn size(mut self, size: usize) -> Self {
        self.size = size;
        self
    }

    /// Passes once `runs` runs with both workers awake have passed.
    pub fn two_worker_runs(mut self, runs: usize) -> Self {
        self.two_worker_runs = runs;
        self
    }

    /// Stops making runs, and passes, after `limit` of real time.
    pub fn time_limit(mut self, limit: Duration) -> Self {
        self.time_limit = limit;
        self
    }

    /// Runs `reference` once and `yours` many times on each generated
    /// scenario, on a multi-thread runtime with [`STRESS_WORKERS`] workers,
    /// and fails on the first run where `observe` reads something else from
    /// `yours` than from `reference`, or where `yours` panics or does not
    /// end.
    ///
    /// `observe` must read only what the spec fixes whichever thread runs
    /// which task (how many tickets were sold, not which buyers got them).
    /// The functions' futures must be `Send`: they run in a task, which
    /// either worker may take.
    #[track_caller]
    pub fn compare_by<S, T, P, Yours, Reference>(
        self,
        generate: fn(&mut Gen) -> S,
        yours: fn(S) -> Yours,
        reference: fn(S) -> Reference,
        observe: fn(&Run<T>) -> P,
    ) where
        S: Clone + Debug + Send + 'static,
        T: Debug + Send + 'static,
        P: Debug + 'static,
        Yours: Future<Output = T> + Send + 'static,
        Reference: Future<Output = T> + Send + 'static,
    {
        let (size, target, limit) = (self.size, self.two_worker_runs, self.time_limit);
        let current = Arc::new(Mutex::new(String::new()));
        let scenario_now = Arc::clone(&current);
        let series: Series = Box::pin(async move {
            let deadline = Instant::now() + limit;
            let (mut made, mut two_worker) = (0, 0);
            let enough = |two_worker: usize| two_worker >= target || Instant::now() >= deadline;
            for index in 0.. {
                if enough(two_worker) {
                    return Ended::Passed { runs: made, two_worker };
                }
                let scenario = generate(&mut Gen::new(stress_seed(index), size));
                let described = readable(&scenario);
                *lock(&scenario_now) = described.clone();
                let Some((ran, _)) = one_run(reference(scenario.clone())).await else {
                    return Ended::Panicked { run: made, scenario: described, reference: true };
                };
                let expected = Seen::of(&ran, observe);
                for _ in 0..RUNS_PER_SCENARIO {
                    if enough(two_worker) {
                        break;
                    }
                    made += 1;
                    let Some((ran, both)) = one_run(yours(scenario.clone())).await else {
                        return Ended::Panicked {
                            run: made,
                            scenario: described,
                            reference: false,
                        };
                    };
                    two_worker += usize::from(both);
                    // Only what is compared is written out on every run.
                    let compared = readable(&observe(&ran));
                    if compared != expected.compared {
                        let (scenario, value) = (described, readable(&ran.value));
                        let seen = Seen { compared, value };
                        return Ended::Differed { run: made, scenario, seen, expected };
                    }
                }
            }
            unreachable!("the scenarios never run out")
        });
        // Taken only now, so that a test waiting for its turn is not timed.
        let _turn = lock(&TURN);
        let workers = Workers::start();
        match workers.run(series, &current) {
            Ended::Passed { runs, two_worker } => {
                if two_worker < target {
                    // Shown only with `--nocapture`, or when another check fails.
                    eprintln!(
                        "Note: in {runs} runs on two worker threads, both workers were awake \
                         in {two_worker} only (the test aims at {target}): the machine's cores \
                         were busy with other work, and a race may have gone unseen."
                    );
                }
                if let Some(lost) = workers.shut_down().filter(|panics| !panics.is_empty()) {
                    fail(lost_panics(&lost, runs));
                }
            }
            Ended::Differed { run, scenario, seen, expected } => {
                fail(differs(run, &scenario, &seen, &expected))
            }
            Ended::Panicked { run, scenario, reference } => {
                if reference {
                    eprintln!(
                        "\nThe reference solution itself failed on this generated scenario, so \
                         the test generates a scenario it should not (a fault in the test, not \
                         in your code):\n{}\n",
                        indent(&scenario)
                    );
                }
                fail(panicked(workers, run, &scenario))
            }
            Ended::Hung => fail(hung(&lock(&current))),
        }
    }
}

/// Runs `work` once, on the stress test's runtime; what it returned, and
/// whether both workers were awake meanwhile. `None` if it panicked.
async fn one_run<T>(work: impl Future<Output = T>) -> Option<(Run<T>, bool)> {
    let active = activity();
    active.store(0, Ordering::SeqCst);
    let start = Instant::now();
    let value = CatchPanic { work: Box::pin(work) }.await?;
    let every_worker = (1 << STRESS_WORKERS) - 1;
    let both = active.load(Ordering::SeqCst) & every_worker == every_worker;
    let elapsed = start.elapsed();
    let timeline = Timeline::new(Vec::new());
    Some((Run { value, timeline, elapsed, waited_outside: Duration::ZERO }, both))
}

/// The seed of scenario `index`: the same scenarios every time.
fn stress_seed(index: u64) -> u64 {
    let mut mix = Gen::new(0x5713_E55E_D00D ^ index.wrapping_mul(0x9E37_79B9), 0);
    mix.next_u64()
}

/// What one side gave on one run, as text.
struct Seen {
    /// What `observe` read.
    compared: String,
    value: String,
}

impl Seen {
    fn of<T: Debug, P: Debug>(run: &Run<T>, observe: fn(&Run<T>) -> P) -> Seen {
        Seen { compared: readable(&observe(run)), value: readable(&run.value) }
    }
}

/// How a stress test's runs ended.
enum Ended {
    /// Every run read what was expected; in `two_worker` of them, both
    /// workers were awake.
    Passed { runs: usize, two_worker: usize },
    /// Run `run` (counted from 1) read something else on `scenario`.
    Differed { run: usize, scenario: String, seen: Seen, expected: Seen },
    /// Run `run` panicked (a task it spawned, or `todo!()`, too); or the
    /// reference did, on its run before it.
    Panicked { run: usize, scenario: String, reference: bool },
    /// The runs had not ended after [`HANG_LIMIT`].
    Hung,
}

fn hung(scenario: &str) -> String {
    format!(
        "\n\nHung on two worker threads: {you} had not returned after {limit} of real time, \
         where a run takes microseconds.\n\
         The scenario:\n{scenario}\n\n\
         On one thread it ended (the other tests say so, if they pass); on two, something \
         waits for ever: a task that spins until another has done something, or two locks \
         taken in opposite orders by two tasks.\n",
        you = your_function(),
        limit = seconds(HANG_LIMIT),
        scenario = indent(scenario),
    )
}

/// The verdict on run `run`, which panicked; shuts `workers` down to learn
/// which panics their threads saw.
fn panicked(workers: Workers, run: usize, scenario: &str) -> String {
    let panics = workers.shut_down().unwrap_or_default();
    if let Some(todo) = panics.iter().find(|record| record.is_todo()) {
        return todo::unwritten_exercise_message(todo);
    }
    format!(
        "\n\nPanicked on two worker threads: on run {run}, {you} panicked:\n{list}\n\
         The scenario:\n{scenario}\n\n{TWO_THREADS}",
        you = your_function(),
        list = describe_panics(&panics),
        scenario = indent(scenario),
    )
}

/// A task panicked in some run, and nothing that awaited it noticed.
fn lost_panics(panics: &[PanicRecord], runs: usize) -> String {
    format!(
        "\n\nA spawned task panicked on two worker threads, in one of {runs} runs, and {you} \
         returned all the same (nobody awaited the task, or its `JoinError` was ignored):\n\
         {list}\n\n{TWO_THREADS}",
        you = your_function(),
        list = describe_panics(panics),
    )
}

fn describe_panics(panics: &[PanicRecord]) -> String {
    let lines: Vec<String> = panics
        .iter()
        .map(|record| format!("  '{}' at {}:{}", record.message, record.file, record.line))
        .collect();
    if lines.is_empty() { "  (no message)".to_string() } else { lines.join("\n") }
}

/// What a failure on two threads most likely means, and the fix.
const TWO_THREADS: &str = "Every other test runs your code on one thread, where code between two \
     `.await`s runs alone. Here two worker threads run your tasks at the same moment, and \
     something went wrong that one thread never shows: a check and an act, or a read and a \
     write, done in two steps (two lockings of one mutex, an atomic `load` and then a `store` \
     or a `fetch_sub`). Another task can run between the two steps, on the other thread, even \
     with no `.await` between them. Do them in one step: under one lock, or with one atomic \
     operation (`fetch_add`, `fetch_update`).\n";

fn differs(run: usize, scenario: &str, seen: &Seen, expected: &Seen) -> String {
    format!(
        "\n\nOn two worker threads, on run {run}, {you} differs from the reference solution in \
         what the test compares.\n\
         The scenario:\n{scenario}\n\n\
         What the test compares, from your run:\n{yours}\n\
         and from the reference's:\n{reference}\n\n\
         {You} returned:\n{your_value}\n\
         The reference solution returned:\n{reference_value}\n\n\
         {TWO_THREADS}\
         A race like this shows in a few runs in a hundred: the test makes thousands, on the \
         same scenarios every time, and stops at the first that differs.\n",
        you = your_function(),
        You = capitalized(&your_function()),
        scenario = indent(scenario),
        yours = indent(&seen.compared),
        reference = indent(&expected.compared),
        your_value = indent(&seen.value),
        reference_value = indent(&expected.value),
    )
}

/// A series of runs, with its types erased: a task on the workers makes
/// the runs and tells how they ended.
type Series = Pin<Box<dyn Future<Output = Ended> + Send>>;

/// A multi-thread runtime with [`STRESS_WORKERS`] workers, on a thread of
/// its own, that runs one series of runs after another for one test.
struct Workers {
    series: Option<mpsc::Sender<Series>>,
    ended: mpsc::Receiver<Message>,
}

/// What the runtime's thread tells the test.
enum Message {
    /// One series ended (`None`: the series' own task failed).
    Ended(Option<Ended>),
    /// The runtime has shut down: every panic seen on its threads.
    ShutDown(Vec<PanicRecord>),
}

impl Workers {
    fn start() -> Workers {
        let (series, to_run) = mpsc::channel::<Series>();
        let (report, ended) = mpsc::channel();
        let name = std::thread::current().name().unwrap_or("stress test").to_string();
        std::thread::Builder::new()
            .name(name)
            .spawn(move || {
                panics::watch_this_thread();
                let seen: Arc<Mutex<Vec<PanicRecord>>> = Arc::default();
                let runtime = stress_runtime(&seen);
                for series in to_run {
                    let ended = runtime.block_on(kept_awake(series));
                    // The test may have given up waiting already; nobody to tell then.
                    let _ = report.send(Message::Ended(ended));
                }
                // Waits for the worker threads to end, and so to hand in their panics.
                drop(runtime);
                let mut all = panics::seen_on_this_thread();
                all.extend(lock(&seen).drain(..));
                let _ = report.send(Message::ShutDown(all));
            })
            .expect("could not start a stress thread");
        Workers { series: Some(series), ended }
    }

    /// Runs `series` in a task on the workers; how it ended. `scenario`
    /// says which scenario the series is on, for when its task fails.
    fn run(&self, series: Series, scenario: &Mutex<String>) -> Ended {
        let sent = self.series.as_ref().is_some_and(|to_run| to_run.send(series).is_ok());
        match sent.then(|| self.ended.recv_timeout(HANG_LIMIT)) {
            Some(Ok(Message::Ended(Some(ended)))) => ended,
            Some(Err(_)) => Ended::Hung,
            _ => Ended::Panicked { run: 0, scenario: lock(scenario).clone(), reference: false },
        }
    }

    /// Shuts the runtime down; the panics seen on its threads, or `None`
    /// when it did not shut down in time (a hung run keeps it from it).
    fn shut_down(mut self) -> Option<Vec<PanicRecord>> {
        self.series = None;
        loop {
            match self.ended.recv_timeout(HANG_LIMIT) {
                Ok(Message::Ended(_)) => continue,
                Ok(Message::ShutDown(panics)) => return Some(panics),
                Err(_) => return None,
            }
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The runtime: on its threads the given helpers yield instead of
/// sleeping, activity is marked, and panics are watched and handed to
/// `seen` when the thread ends.
fn stress_runtime(seen: &Arc<Mutex<Vec<PanicRecord>>>) -> tokio::runtime::Runtime {
    let active = Arc::new(AtomicUsize::new(0));
    let threads = AtomicUsize::new(0);
    let stopping = Arc::clone(seen);
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(STRESS_WORKERS)
        .enable_time()
        .on_thread_start(move || {
            // The workers start first: bits 1 and 2. Any later thread (the
            // blocking pool's) shares the top bit.
            let number = threads.fetch_add(1, Ordering::SeqCst).min(usize::BITS as usize - 1);
            STRESSED
                .with(|stressed| *stressed.borrow_mut() = Some((Arc::clone(&active), 1 << number)));
            panics::watch_this_thread();
        })
        .on_thread_stop(move || {
            STRESSED.with(|stressed| stressed.borrow_mut().take());
            lock(&stopping).extend(panics::seen_on_this_thread());
        })
        .build()
        .expect("could not build a multi-thread runtime")
}

/// Marks this thread as active in the current run; whether it belongs to a
/// stress test at all.
fn mark_active() -> bool {
    STRESSED.with(|stressed| match stressed.borrow().as_ref() {
        Some((active, bit)) => {
            active.fetch_or(*bit, Ordering::Relaxed);
            true
        }
        None => false,
    })
}

/// Where this stress test's threads mark that they were active.
fn activity() -> Arc<AtomicUsize> {
    STRESSED.with(|stressed| match stressed.borrow().as_ref() {
        Some((active, _)) => Arc::clone(active),
        None => Arc::default(),
    })
}

/// Runs `series` in a task, beside one task per worker that keeps the
/// workers awake meanwhile. `None` if the series' own task failed.
async fn kept_awake(series: Series) -> Option<Ended> {
    let done = Arc::new(AtomicBool::new(false));
    let keepers: Vec<_> =
        (0..STRESS_WORKERS).map(|_| tokio::spawn(keep_awake(Arc::clone(&done)))).collect();
    let ended = tokio::spawn(series).await.ok();
    done.store(true, Ordering::SeqCst);
    for keeper in keepers {
        let _ = keeper.await;
    }
    ended
}

/// Yields until `done`: a worker with nothing else to do runs this again
/// and again instead of going to sleep, and so takes new tasks at once. A
/// yield lets every other task that is ready run first.
async fn keep_awake(done: Arc<AtomicBool>) {
    while !done.load(Ordering::SeqCst) {
        mark_active();
        tokio::task::yield_now().await;
    }
}

/// `work`, which ends with `None` instead of unwinding when it panics.
struct CatchPanic<F> {
    work: Pin<Box<F>>,
}

impl<F: Future> Future for CatchPanic<F> {
    type Output = Option<F::Output>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        mark_active();
        let work = self.get_mut().work.as_mut();
        match panic::catch_unwind(AssertUnwindSafe(|| work.poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(value)) => Poll::Ready(Some(value)),
            Err(_) => Poll::Ready(None),
        }
    }
}

/// `{:?}` when it fits on a line, `{:#?}` otherwise.
fn readable(value: &impl Debug) -> String {
    let short = format!("{value:?}");
    if short.len() <= 90 { short } else { format!("{value:#?}") }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn indent(text: &str) -> String {
    text.lines().map(|line| format!("    {line}")).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::grade;
    use crate::grade::panics::message_of;

    /// Runs `check` and returns the message it failed with.
    fn failure_of(check: impl FnOnce()) -> String {
        match panic::catch_unwind(AssertUnwindSafe(check)) {
            Ok(()) => panic!("the stress test let a wrong implementation pass"),
            Err(payload) => message_of(payload.as_ref()),
        }
    }

    /// Sells `tickets` to `buyers` buyers, each in a task; how many sold.
    /// With `split`, the check and the act take a lock each.
    async fn sell(tickets: u32, buyers: usize, split: bool) -> usize {
        let left = Arc::new(Mutex::new(tickets));
        let sales: Vec<_> = (0..buyers)
            .map(|_| {
                let left = Arc::clone(&left);
                tokio::spawn(async move {
                    let sold = if split {
                        let available = *lock(&left) > 0;
                        if available {
                            let mut left = lock(&left);
                            *left = left.saturating_sub(1);
                        }
                        available
                    } else {
                        let mut left = lock(&left);
                        let available = *left > 0;
                        if available {
                            *left -= 1;
                        }
                        available
                    };
                    work_for(Duration::from_secs(1)).await;
                    sold
                })
            })
            .collect();
        let mut sold = 0;
        for sale in sales {
            sold += usize::from(sale.await.expect("a buyer panicked"));
        }
        sold
    }

    /// 1 ticket for 2 to 4 buyers.
    fn one_ticket(g: &mut Gen) -> usize {
        g.between(2, 4) as usize
    }

    fn sold(run: &Run<usize>) -> usize {
        run.value
    }

    #[test]
    fn a_check_and_an_act_under_two_lockings_fail_on_two_worker_threads() {
        // A generous limit: on a busy machine the workers are seldom awake
        // at once, and the test stops at the first run that differs anyway.
        let message = failure_of(|| {
            stress().time_limit(Duration::from_secs(20)).two_worker_runs(usize::MAX).compare_by(
                one_ticket,
                |buyers| sell(1, buyers, true),
                |buyers| sell(1, buyers, false),
                sold,
            )
        });
        assert!(message.contains("On two worker threads"), "{message}");
        assert!(message.contains("differs from the reference solution"), "{message}");
        assert!(message.contains("two lockings of one mutex"), "the likely cause: {message}");
    }

    #[test]
    fn one_step_under_one_lock_passes() {
        let wall = Instant::now();
        stress().compare_by(
            one_ticket,
            |buyers| sell(1, buyers, false),
            |buyers| sell(1, buyers, false),
            sold,
        );
        assert!(wall.elapsed() < DEFAULT_TIME_LIMIT + Duration::from_millis(500));
    }

    #[test]
    fn a_panic_in_a_task_is_reported_with_its_message() {
        async fn panics_in_a_task(buyers: usize) -> usize {
            let task = tokio::spawn(async move {
                assert!(buyers > 100, "too few buyers");
                buyers
            });
            task.await.expect("a buyer panicked")
        }
        let message = failure_of(|| {
            stress().compare_by(one_ticket, panics_in_a_task, |buyers| sell(1, buyers, false), sold)
        });
        assert!(message.contains("Panicked on two worker threads"), "{message}");
        assert!(message.contains("too few buyers"), "the task's own panic: {message}");
    }

    #[test]
    fn an_unwritten_exercise_is_named() {
        async fn unwritten(_buyers: usize) -> usize {
            todo!()
        }
        let message = failure_of(|| {
            stress().compare_by(one_ticket, unwritten, |buyers| sell(1, buyers, false), sold)
        });
        assert!(message.contains("Not written yet"), "{message}");
        assert!(message.contains("unwritten"), "{message}");
    }

    #[test]
    fn work_for_sleeps_on_the_paused_clock() {
        let run = grade(|| work_for(Duration::from_secs(3)));
        run.assert_took(3);
    }
}
