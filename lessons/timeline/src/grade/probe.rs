//! Probing a hand-written future: what the graded tests of Part III read.
//!
//! A [`Probe`] wraps the learner's future and polls it with a waker of its
//! own, which counts every wake and forwards it to the real one. Around
//! each poll it notes what happened: whether the future woke itself before
//! returning `Pending` (a busy future does, every time), whether it kept a
//! copy of the waker (a future that keeps none can never be woken), and
//! which waker a wake came through (one from an earlier poll, when a later
//! poll brought a different one, is stale: the future has moved to another
//! task). After the inner future returned `Ready`, a probe polls it no more
//! and counts the polls it is asked for instead: handed to the learner's
//! `join2` as an inner future, it tells whether a finished future was
//! polled again.
//!
//! A waker's clones cannot be counted as they happen without unsafe code
//! (a `RawWaker` table), which the workspace forbids; the probe's waker is
//! an `Arc` implementing [`Wake`], so it counts the copies still alive when
//! a poll returns, which is what matters: a copy kept is a wake arranged.
//!
//! [`Probe::run`] bounds a run so that a wrong future still yields counts
//! to grade: it stops polling a future that keeps waking itself at one
//! virtual instant, and gives up on one that nothing wakes.

use std::future::poll_fn;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, Wake, Waker};
use std::time::Duration;

use tokio::time::{Instant, sleep};

use super::panics::fail;
use super::subject::your_function;

/// Polls in a row, at one virtual instant, each of which woke itself,
/// past which [`Probe::run`] stops a future as busy (unless told otherwise).
pub const BUSY_LIMIT: u32 = 100;

/// Virtual time after which [`Probe::run`] gives up on a future that is
/// still pending (unless told otherwise): far past every graded wait.
pub const GIVE_UP_AFTER: Duration = Duration::from_secs(300);

/// What a probe counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Times the future was polled, up to and including the poll that
    /// returned `Ready`.
    pub polls: u32,
    /// Wakes through the probe's wakers (`wake` and `wake_by_ref`).
    pub wakes: u32,
    /// Wakes made during a poll that then returned `Pending`: the future
    /// woke itself at once.
    pub self_wakes: u32,
    /// Copies of the waker kept: the rise, over each poll, of the copies
    /// still alive when it returned.
    pub clones: u32,
    /// Polls asked for after the future returned `Ready` (not passed on).
    pub polls_after_ready: u32,
    /// Polls that returned `Pending` having neither woken the task nor kept
    /// a copy of the waker they were given.
    pub pending_without_waker: u32,
    /// Wakes through a waker of an earlier poll, after a later poll had
    /// brought a different one.
    pub stale_wakes: u32,
    /// The most polls in a row, at one virtual instant, that each woke
    /// the future itself.
    pub busy_polls: u32,
}

impl Counts {
    /// What went wrong, in the grader's words, or `None`. `subject` is what
    /// was probed ("your `lesson21::signal`").
    pub fn verdict(&self, subject: &str) -> Option<String> {
        if self.stale_wakes > 0 {
            Some(stale(subject))
        } else if self.pending_without_waker > 0 {
            Some(pending_without_waker(subject))
        } else if self.busy_polls > BUSY_LIMIT {
            Some(busy(subject, self.busy_polls))
        } else if self.polls_after_ready > 0 {
            Some(polled_after_ready(subject, self.polls_after_ready))
        } else {
            None
        }
    }
}

/// What the probe knows, shared with its wakers.
#[derive(Default)]
struct Tally {
    counts: Counts,
    /// Which waker is current: it changes when a poll brings a waker that
    /// does not wake the same task as the last one.
    generation: u64,
    /// The waker of the latest poll, which a stale wake is passed on to, so
    /// that the probe can still finish and report.
    latest: Option<Waker>,
    /// A poll is under way, and whether it woke the future yet.
    polling: bool,
    woke_in_poll: bool,
    /// When the last self-waking poll was, and how many came in a row then.
    busy_since: Option<Instant>,
    busy_run: u32,
}

/// The waker a probe hands to the future: one per generation.
struct Counting {
    generation: u64,
    outer: Waker,
    tally: Arc<Mutex<Tally>>,
}

impl Wake for Counting {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        let pass_on = {
            let mut tally = lock(&self.tally);
            tally.counts.wakes += 1;
            if tally.polling {
                tally.woke_in_poll = true;
            }
            if self.generation == tally.generation {
                self.outer.clone()
            } else {
                tally.counts.stale_wakes += 1;
                match tally.latest.clone() {
                    Some(latest) => latest,
                    None => return,
                }
            }
        };
        // Woken outside the lock: the outer waker may be anyone's.
        pass_on.wake();
    }
}

fn lock(tally: &Mutex<Tally>) -> MutexGuard<'_, Tally> {
    tally.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A future under observation; see the module's documentation.
pub struct Probe<F: Future> {
    future: Pin<Box<F>>,
    tally: Arc<Mutex<Tally>>,
    current: Option<Arc<Counting>>,
    finished: bool,
    busy_limit: u32,
    give_up_after: Duration,
}

/// Starts observing `future`.
pub fn probe<F: Future>(future: F) -> Probe<F> {
    Probe {
        future: Box::pin(future),
        tally: Arc::default(),
        current: None,
        finished: false,
        busy_limit: BUSY_LIMIT,
        give_up_after: GIVE_UP_AFTER,
    }
}

/// Reads a probe's counts while the probe itself is elsewhere (inside the
/// learner's `join2`, say).
#[derive(Clone)]
pub struct Reader {
    tally: Arc<Mutex<Tally>>,
}

impl Reader {
    /// The counts so far.
    pub fn counts(&self) -> Counts {
        lock(&self.tally).counts
    }
}

impl<F: Future> Probe<F> {
    /// Lets [`Probe::run`] poll up to `limit` self-waking polls in a row at
    /// one instant before it stops the future as busy (a countdown wakes
    /// itself on purpose).
    pub fn busy_limit(mut self, limit: u32) -> Self {
        self.busy_limit = limit;
        self
    }

    /// Changes how long [`Probe::run`] waits for a future nothing wakes.
    pub fn give_up_after(mut self, limit: Duration) -> Self {
        self.give_up_after = limit;
        self
    }

    /// A reader of this probe's counts.
    pub fn reader(&self) -> Reader {
        Reader { tally: Arc::clone(&self.tally) }
    }

    /// The counts so far.
    pub fn counts(&self) -> Counts {
        lock(&self.tally).counts
    }

    /// Awaits the future, bounded: it ends early when the future is busy
    /// past the busy limit, or still pending after the give-up time.
    pub async fn run(mut self) -> Probed<F::Output> {
        let give_up = sleep(self.give_up_after);
        let mut give_up = std::pin::pin!(give_up);
        let output = poll_fn(|cx| {
            // The deadline first: a future woken by nothing is not polled
            // again just because the deadline woke the task.
            if give_up.as_mut().poll(cx).is_ready() {
                return Poll::Ready(None);
            }
            if let Poll::Ready(output) = Pin::new(&mut self).poll(cx) {
                return Poll::Ready(Some(output));
            }
            if lock(&self.tally).busy_run > self.busy_limit {
                return Poll::Ready(None);
            }
            Poll::Pending
        })
        .await;
        Probed {
            output,
            counts: self.counts(),
            busy_limit: self.busy_limit,
            gave_up_after: self.give_up_after,
        }
    }

    /// The counting waker for a poll that brought `outer`: the current one
    /// while `outer` wakes the same task, a new generation when it does not.
    fn waker_for(&mut self, outer: &Waker) -> Arc<Counting> {
        if let Some(current) = &self.current
            && current.outer.will_wake(outer)
        {
            return Arc::clone(current);
        }
        let generation = {
            let mut tally = lock(&self.tally);
            tally.generation += 1;
            tally.generation
        };
        let counting =
            Arc::new(Counting { generation, outer: outer.clone(), tally: Arc::clone(&self.tally) });
        self.current = Some(Arc::clone(&counting));
        counting
    }
}

impl<F: Future> Future for Probe<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        if self.finished {
            lock(&self.tally).counts.polls_after_ready += 1;
            return Poll::Pending;
        }
        let counting = self.waker_for(cx.waker());
        // Copies alive besides the probe's own and the one lent to this poll.
        let kept_before = Arc::strong_count(&counting) - 2;
        {
            let mut tally = lock(&self.tally);
            tally.counts.polls += 1;
            tally.polling = true;
            tally.woke_in_poll = false;
            tally.latest = Some(cx.waker().clone());
        }
        let waker = Waker::from(Arc::clone(&counting));
        let polled = self.future.as_mut().poll(&mut Context::from_waker(&waker));
        drop(waker);
        let kept_after = Arc::strong_count(&counting) - 2;
        let tally = Arc::clone(&self.tally);
        let mut tally = lock(&tally);
        tally.polling = false;
        tally.counts.clones += kept_after.saturating_sub(kept_before) as u32;
        if polled.is_ready() {
            self.finished = true;
            return polled;
        }
        if tally.woke_in_poll {
            tally.counts.self_wakes += 1;
            let now = Instant::now();
            tally.busy_run = if tally.busy_since == Some(now) { tally.busy_run + 1 } else { 1 };
            tally.busy_since = Some(now);
            tally.counts.busy_polls = tally.counts.busy_polls.max(tally.busy_run);
        } else {
            tally.busy_run = 0;
            if kept_after == 0 {
                tally.counts.pending_without_waker += 1;
            }
        }
        Poll::Pending
    }
}

/// What [`Probe::run`] saw.
#[derive(Clone, Debug)]
pub struct Probed<T> {
    /// What the future returned, or `None` when the probe stopped it.
    pub output: Option<T>,
    /// What the probe counted.
    pub counts: Counts,
    busy_limit: u32,
    gave_up_after: Duration,
}

impl<T> Probed<T> {
    /// What went wrong, in the grader's words, or `None`.
    pub fn verdict(&self) -> Option<String> {
        let subject = your_function();
        if self.counts.busy_polls > self.busy_limit {
            return Some(busy(&subject, self.counts.busy_polls));
        }
        // Below its limit, a run of self-waking polls was allowed.
        let counts = Counts { busy_polls: 0, ..self.counts };
        let never_woken = || never_woken(&subject, self.gave_up_after);
        counts.verdict(&subject).or_else(|| self.output.is_none().then(never_woken))
    }

    /// Fails the test with the verdict, if there is one.
    #[track_caller]
    pub fn assert_sound(&self) {
        if let Some(verdict) = self.verdict() {
            fail(verdict);
        }
    }
}

/// Fails the test when an inner future handed to the learner's combinator
/// was polled after it returned `Ready`; `which` names it ("the first
/// future").
#[track_caller]
pub fn assert_not_polled_after_ready(counts: &Counts, which: &str) {
    if counts.polls_after_ready > 0 {
        let subject = format!("{which}, handed to {},", your_function());
        fail(polled_after_ready(&subject, counts.polls_after_ready));
    }
}

fn stale(subject: &str) -> String {
    format!(
        "\n\n{} was woken through a stale waker: a waker from an earlier poll was woken after a \
         later poll had brought a different one. The future had moved to another task (or was \
         polled by another combinator), and the task that polls it now never hears the wake-up.\n\
         Refresh the stored waker on every poll: if it does not `will_wake(cx.waker())`, replace \
         it with `cx.waker().clone()`.\n",
        capitalized(subject)
    )
}

fn pending_without_waker(subject: &str) -> String {
    format!(
        "\n\n{} returned Pending without keeping the waker: nothing will ever poll it again.\n\
         Returning `Poll::Pending` is a promise that `cx.waker()` will be woken when there is \
         progress to make. Keep a copy (`cx.waker().clone()`) where whoever makes the future \
         ready will find it, or poll something that keeps it for you (a timer, a channel).\n",
        capitalized(subject)
    )
}

fn busy(subject: &str, polls: u32) -> String {
    format!(
        "\n\n{} was busy: polled {polls} times while virtual time stood still (it wakes itself \
         at once).\n\
         Waking `cx.waker()` before returning `Poll::Pending` asks to be polled again \
         straight away: the task never waits, and the paused clock never moves. Keep the waker \
         and wake it only when something has changed.\n",
        capitalized(subject)
    )
}

fn polled_after_ready(subject: &str, times: u32) -> String {
    format!(
        "\n\n{} was polled after it returned Ready ({times} time(s)).\n\
         A finished future may panic when polled again (an `async` block does: \"`async fn` \
         resumed after completion\"). Keep its output and poll it no more; that is what \
         `Option` around the output, or `FutureExt::fuse`, is for.\n",
        capitalized(subject)
    )
}

fn never_woken(subject: &str, waited: Duration) -> String {
    format!(
        "\n\n{} kept the waker but was never woken: still Pending after {} of virtual time.\n\
         Whoever makes the future ready must wake the waker it kept.\n",
        capitalized(subject),
        crate::draw::seconds(waited)
    )
}

/// "Your code" at the start of a sentence.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use std::panic::{self, AssertUnwindSafe};

    use super::*;
    use crate::grade::grade;
    use crate::grade::panics::message_of;

    /// Runs `check` and returns the message it failed with.
    fn failure_of<R>(check: impl FnOnce() -> R) -> String {
        match panic::catch_unwind(AssertUnwindSafe(check)) {
            Ok(_) => panic!("the probe let a wrong future pass"),
            Err(payload) => message_of(payload.as_ref()),
        }
    }

    /// How a test [`Flag`] treats the waker while it is not set.
    #[derive(Clone, Copy, PartialEq)]
    enum Keeps {
        /// Refreshes the stored waker on every poll: correct.
        Latest,
        /// Stores the first waker and never replaces it.
        First,
        /// Keeps no waker at all.
        Nothing,
        /// Wakes itself at once on every poll.
        WakesItself,
    }

    #[derive(Default)]
    struct Shared {
        set: bool,
        waker: Option<Waker>,
    }

    /// A future ready once [`set`] has been called on its shared state.
    struct Flag {
        shared: Arc<Mutex<Shared>>,
        keeps: Keeps,
    }

    fn flag(keeps: Keeps) -> (Arc<Mutex<Shared>>, Flag) {
        let shared = Arc::new(Mutex::new(Shared::default()));
        (Arc::clone(&shared), Flag { shared, keeps })
    }

    fn set(shared: &Mutex<Shared>) {
        let mut shared = shared.lock().unwrap();
        shared.set = true;
        if let Some(waker) = shared.waker.take() {
            waker.wake();
        }
    }

    impl Future for Flag {
        type Output = &'static str;

        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<&'static str> {
            let mut shared = self.shared.lock().unwrap();
            if shared.set {
                return Poll::Ready("set");
            }
            match self.keeps {
                Keeps::Latest => shared.waker = Some(cx.waker().clone()),
                Keeps::First => {
                    shared.waker.get_or_insert_with(|| cx.waker().clone());
                }
                Keeps::Nothing => {}
                Keeps::WakesItself => cx.waker().wake_by_ref(),
            }
            Poll::Pending
        }
    }

    /// Sets the flag after 2 virtual seconds, from another task.
    async fn set_after_two_seconds(keeps: Keeps) -> Probed<&'static str> {
        let (shared, flag) = flag(keeps);
        let setter = tokio::spawn(async move {
            sleep(Duration::from_secs(2)).await;
            set(&shared);
        });
        let probed = probe(flag).run().await;
        setter.await.unwrap();
        probed
    }

    /// Polls the flag once in one task, then awaits it in another, and
    /// sets it meanwhile.
    async fn moved_to_another_task(keeps: Keeps) -> Probed<&'static str> {
        let (shared, flag) = flag(keeps);
        let mut probe = probe(flag);
        let (first, probe) = tokio::spawn(async move {
            let first = poll_fn(|cx| Poll::Ready(Pin::new(&mut probe).poll(cx))).await;
            (first, probe)
        })
        .await
        .unwrap();
        assert!(first.is_pending());
        let setter = tokio::spawn(async move {
            sleep(Duration::from_secs(2)).await;
            set(&shared);
        });
        let probed = tokio::spawn(probe.run()).await.unwrap();
        setter.await.unwrap();
        probed
    }

    #[test]
    fn a_future_that_keeps_the_latest_waker_gets_no_verdict() {
        let run = grade(|| set_after_two_seconds(Keeps::Latest));
        run.value.assert_sound();
        assert_eq!(run.value.output, Some("set"));
        let counts = run.value.counts;
        assert_eq!((counts.polls, counts.wakes, counts.clones), (2, 1, 1), "{counts:?}");
        run.assert_took(2);
    }

    #[test]
    fn pending_without_keeping_the_waker_gets_its_verdict() {
        let run = grade(|| set_after_two_seconds(Keeps::Nothing));
        let message = failure_of(|| run.value.assert_sound());
        assert!(
            message.contains(
                "returned Pending without keeping the waker: nothing will ever poll it again"
            ),
            "{message}"
        );
        assert_eq!(run.value.output, None);
        assert_eq!(run.value.counts.polls, 1);
    }

    #[test]
    fn a_future_that_wakes_itself_at_once_is_busy() {
        let run = grade(|| set_after_two_seconds(Keeps::WakesItself));
        let message = failure_of(|| run.value.assert_sound());
        assert!(
            message.contains(
                "busy: polled 101 times while virtual time stood still (it wakes itself at once)"
            ),
            "{message}"
        );
        assert_eq!(run.value.output, None, "stopped before the flag was set");
    }

    #[test]
    fn self_waking_polls_within_the_busy_limit_get_no_verdict() {
        let run = grade(|| async {
            let mut left = 3;
            let countdown = poll_fn(move |cx| {
                if left == 0 {
                    return Poll::Ready(());
                }
                left -= 1;
                cx.waker().wake_by_ref();
                Poll::Pending
            });
            probe(countdown).busy_limit(3).run().await
        });
        run.value.assert_sound();
        assert_eq!((run.value.counts.polls, run.value.counts.self_wakes), (4, 3));
    }

    #[test]
    fn the_first_waker_kept_only_is_woken_stale_once_the_task_moved() {
        let run = grade(|| moved_to_another_task(Keeps::First));
        let message = failure_of(|| run.value.assert_sound());
        assert!(message.contains("woken through a stale waker"), "{message}");
        assert_eq!(run.value.counts.stale_wakes, 1);
    }

    #[test]
    fn a_refreshed_waker_follows_the_future_to_its_new_task() {
        let run = grade(|| moved_to_another_task(Keeps::Latest));
        run.value.assert_sound();
        assert_eq!(run.value.output, Some("set"));
        run.assert_took(2);
    }

    #[test]
    fn a_future_nothing_wakes_is_given_up_on() {
        let run = grade(|| probe(std::future::pending::<()>()).run());
        let message = failure_of(|| run.value.assert_sound());
        assert!(message.contains("returned Pending without keeping the waker"), "{message}");
        run.assert_took_exactly(GIVE_UP_AFTER);
    }

    #[test]
    fn an_inner_future_polled_again_after_ready_is_reported() {
        let run = grade(|| async {
            let mut inner = probe(std::future::ready(7));
            let reader = inner.reader();
            let first = poll_fn(|cx| Poll::Ready(Pin::new(&mut inner).poll(cx))).await;
            let again = poll_fn(|cx| Poll::Ready(Pin::new(&mut inner).poll(cx))).await;
            (first, again.is_pending(), reader.counts())
        });
        let (first, again_pending, counts) = run.value;
        assert_eq!((first, again_pending), (Poll::Ready(7), true));
        let message = failure_of(|| assert_not_polled_after_ready(&counts, "the first future"));
        assert!(message.contains("polled after it returned Ready"), "{message}");
        assert!(message.contains("The first future, handed to your code,"), "{message}");
    }

    #[test]
    fn inner_futures_joined_by_tokio_are_not_polled_after_ready() {
        let run = grade(|| async {
            let (fast, slow) = (probe(sleep(Duration::from_secs(1))), probe(std::future::ready(2)));
            let (fast_reader, slow_reader) = (fast.reader(), slow.reader());
            tokio::join!(fast, slow);
            (fast_reader.counts(), slow_reader.counts())
        });
        let (fast, slow) = run.value;
        assert_not_polled_after_ready(&fast, "the first future");
        assert_not_polled_after_ready(&slow, "the second future");
        assert_eq!((fast.polls, fast.wakes, slow.polls), (2, 1, 1));
    }
}
