//! Watching the grading runtime from the test thread, to tell apart the ways
//! a run can take real time under a paused clock. Each has its own cause and
//! its own fix, so each gets its own verdict:
//!
//! - the runtime thread is blocked inside one poll (`std::thread::sleep`,
//!   heavy work, a loop that never reaches an `.await`): it cannot even
//!   answer a probe;
//! - the runtime is busy but virtual time stands still: it answers probes,
//!   never goes idle, and the paused clock only moves when the runtime is
//!   idle (a task that yields in a loop);
//! - the runtime is idle, waiting for work outside it that has not finished
//!   (a `spawn_blocking` closure or a thread): it answers probes and is
//!   parked most of the time;
//! - the clock was resumed: virtual time runs on with real time.
//!
//! The runtime's park hooks say when its thread is idle; a probe (a `Notify`
//! that the harness's own future waits on beside the graded code) says
//! whether the thread is free to run anything at all. Probes are sent only
//! after the run has taken longer than the blocking limit, so a correct run
//! never sees one.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::Notify;

/// How long the watcher waits for the runtime to answer a probe.
pub(crate) const PROBE_WAIT: Duration = Duration::from_millis(100);

/// What the test thread and the grading runtime share.
#[derive(Default)]
pub(crate) struct Pulse {
    parked: AtomicBool,
    /// Real time spent parked, in nanoseconds, over the parks that ended.
    parked_nanos: AtomicU64,
    park_started: Mutex<Option<std::time::Instant>>,
    /// The number of the last probe sent, and of the last one answered.
    asked: AtomicU64,
    answered: AtomicU64,
    /// Whether the runtime's clock was running (resumed) at the last answer.
    clock_running: AtomicBool,
    probe: Notify,
}

impl Pulse {
    /// Called by the runtime just before its thread parks (goes idle).
    pub(crate) fn park(&self) {
        self.parked.store(true, Ordering::SeqCst);
        *self.lock_park_start() = Some(std::time::Instant::now());
    }

    /// Called by the runtime when its thread wakes up again.
    pub(crate) fn unpark(&self) {
        if let Some(start) = self.lock_park_start().take() {
            let nanos = u64::try_from(start.elapsed().as_nanos()).unwrap_or(u64::MAX);
            self.parked_nanos.fetch_add(nanos, Ordering::SeqCst);
        }
        self.parked.store(false, Ordering::SeqCst);
    }

    fn lock_park_start(&self) -> std::sync::MutexGuard<'_, Option<std::time::Instant>> {
        self.park_started.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Real time the runtime's thread has spent idle so far.
    pub(crate) fn parked_time(&self) -> Duration {
        let ended = Duration::from_nanos(self.parked_nanos.load(Ordering::SeqCst));
        let ongoing = self.lock_park_start().map(|start| start.elapsed()).unwrap_or_default();
        ended + ongoing
    }

    /// Resolves when the watcher sends a probe; the harness's future awaits
    /// it beside the graded code and then calls [`Pulse::answer`].
    pub(crate) async fn probed(&self) {
        self.probe.notified().await;
    }

    /// Answers the last probe, from the runtime's thread.
    pub(crate) fn answer(&self) {
        self.clock_running.store(clock_is_running(), Ordering::SeqCst);
        self.answered.store(self.asked.load(Ordering::SeqCst), Ordering::SeqCst);
    }

    /// Sends a probe and waits up to [`PROBE_WAIT`] for it to be answered;
    /// what it saw. The waiting is done by `wait`, so that the watcher can
    /// keep listening for the run's result meanwhile.
    pub(crate) fn look(&self, wait: impl FnOnce(Duration)) -> Sighting {
        let number = self.asked.fetch_add(1, Ordering::SeqCst) + 1;
        self.probe.notify_one();
        wait(PROBE_WAIT);
        let responsive = self.answered.load(Ordering::SeqCst) == number;
        Sighting {
            responsive,
            parked: self.parked.load(Ordering::SeqCst),
            clock_running: responsive && self.clock_running.load(Ordering::SeqCst),
        }
    }
}

/// What one probe saw.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Sighting {
    /// The runtime's thread ran the harness's future within [`PROBE_WAIT`].
    pub responsive: bool,
    /// The runtime's thread was idle.
    pub parked: bool,
    /// The runtime's clock was running with real time: someone resumed it.
    pub clock_running: bool,
}

/// Why a run took real time, as the probes saw it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cause {
    /// The thread did not answer: it was stuck inside one poll.
    Blocked,
    /// The thread answered and never went idle, so virtual time stood still.
    Busy,
    /// The thread answered from idle: it waited for work outside the runtime.
    Outside,
    /// The clock was resumed, so virtual time ran with real time.
    ClockResumed,
}

impl Sighting {
    pub(crate) fn cause(self) -> Cause {
        match self {
            Sighting { responsive: false, .. } => Cause::Blocked,
            Sighting { clock_running: true, .. } => Cause::ClockResumed,
            Sighting { parked: true, .. } => Cause::Outside,
            Sighting { parked: false, .. } => Cause::Busy,
        }
    }
}

/// Whether the current runtime's clock moves with real time. A paused clock
/// reads the same however long the thread waits; a resumed one does not.
pub(crate) fn clock_is_running() -> bool {
    let before = tokio::time::Instant::now();
    let real = std::time::Instant::now();
    while real.elapsed() < Duration::from_micros(20) {
        std::hint::spin_loop();
    }
    tokio::time::Instant::now() != before
}

/// Resolves after `duration` of real time, even on a paused clock: a thread
/// sleeps and then wakes the runtime, which the paused clock cannot skip.
pub(crate) async fn real_time_passes(duration: Duration) {
    let (done, wait) = tokio::sync::oneshot::channel::<()>();
    std::thread::spawn(move || {
        std::thread::sleep(duration);
        let _ = done.send(());
    });
    let _ = wait.await;
}
