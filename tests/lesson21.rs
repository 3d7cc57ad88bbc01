//! Lesson 21: a future by hand (poll and wake).
//!
//! Every future here runs inside a probe (`timeline::grade::probe`), which
//! polls it with a waker of its own and counts: polls, wakes, copies of the
//! waker kept, polls after `Ready`. A probe also stops a future that keeps
//! waking itself while virtual time stands still, and gives up on one that
//! nothing wakes, so that each gets the verdict that names its mistake.

use std::future::poll_fn;
use std::pin::Pin;
use std::task::Poll;
use std::time::Duration;

use timeline::grade::probe::{Probe, Probed, assert_not_polled_after_ready, probe};
use timeline::grade::{Gen, Run, cancelled, finished, grade, scenarios, units};
use timeline::traced;
use tokio::time::sleep;

use crate::exercise::{countdown, join2, race2, signal};
use crate::reference;

/// A probe around a future that runs as `label` for `duration`, then
/// returns `value`.
fn after<T>(label: &'static str, duration: Duration, value: T) -> Probe<impl Future<Output = T>> {
    probe(traced(label, async move {
        sleep(duration).await;
        value
    }))
}

/// Checks a probed run: no verdict, and it returned `expected`.
#[track_caller]
fn assert_returned<T: PartialEq + std::fmt::Debug>(run: &Run<Probed<T>>, expected: T, what: &str) {
    run.value.assert_sound();
    run.assert_eq(run.value.output.as_ref(), Some(&expected), what);
}

// ---------------------------------------------------------------- countdown

#[test]
fn countdown_of_zero_is_ready_on_its_first_poll() {
    let run = grade(|| probe(countdown(0)).run());

    assert_returned(&run, 1, "the number of polls it took");
    run.assert_eq(run.value.counts.polls, 1, "polls");
    run.assert_eq(run.value.counts.wakes, 0, "wakes: a future that is ready wakes nobody");
    run.assert_took(0);
}

#[test]
fn countdown_of_three_is_ready_on_the_fourth_poll_and_wakes_itself_each_time() {
    let run = grade(|| probe(countdown(3)).busy_limit(3).run());

    assert_returned(&run, 4, "the number of polls it took");
    let counts = run.value.counts;
    run.assert_eq(counts.polls, 4, "polls: three Pending, then Ready");
    run.assert_eq(counts.self_wakes, 3, "polls that woke the task before returning Pending");
    run.assert_eq(counts.wakes, 3, "wakes: exactly one per Pending");
    run.assert_took(0);
}

/// What a countdown of `n` returned, what the probe counted, and its
/// verdict.
async fn count_down(
    future: impl Future<Output = u32>,
    n: u32,
) -> (Option<u32>, u32, u32, Option<String>) {
    let probed = probe(future).busy_limit(n).run().await;
    (probed.output, probed.counts.polls, probed.counts.wakes, probed.verdict())
}

#[test]
fn countdown_matches_the_reference_for_n_up_to_forty() {
    fn yours(n: u32) -> impl Future<Output = (Option<u32>, u32, u32, Option<String>)> {
        count_down(countdown(n), n)
    }
    fn theirs(n: u32) -> impl Future<Output = (Option<u32>, u32, u32, Option<String>)> {
        count_down(reference::countdown(n), n)
    }
    scenarios().count(41).compare(|g: &mut Gen| g.between(0, 40) as u32, yours, theirs);
}

// ------------------------------------------------------------------- signal

#[test]
fn signal_set_by_another_task_after_two_units_is_ready_then() {
    let run = grade(|| async {
        let (setter, signal) = signal();
        let setting = tokio::spawn(async move {
            sleep(units(2)).await;
            setter.set(7);
        });
        let probed = probe(signal).run().await;
        setting.await.expect("the setter task");
        probed
    });

    assert_returned(&run, 7, "the value set");
    let counts = run.value.counts;
    run.assert_eq(counts.polls, 2, "polls: Pending at 0, Ready at 2");
    run.assert_eq(counts.wakes, 1, "wakes: exactly one, when it was set");
    run.assert_took(2);
}

#[test]
fn signal_set_from_another_thread_wakes_the_task() {
    // `spawn_blocking` runs the set on a thread of tokio's blocking pool: the
    // wake comes from outside the runtime's thread.
    let run = grade(|| async {
        let (setter, signal) = signal();
        let setting = tokio::spawn(async move {
            sleep(units(2)).await;
            tokio::task::spawn_blocking(move || setter.set(9)).await
        });
        let probed = probe(signal).run().await;
        setting.await.expect("the setter task").expect("the setter thread");
        probed
    });

    assert_returned(&run, 9, "the value set on the other thread");
    run.assert_eq(run.value.counts.wakes, 1, "wakes: exactly one, when it was set");
    run.assert_took(2);
}

#[test]
fn signal_set_before_its_first_poll_is_ready_on_that_poll() {
    let run = grade(|| async {
        let (setter, signal) = signal();
        setter.set(3);
        probe(signal).run().await
    });

    assert_returned(&run, 3, "the value set before it was awaited");
    run.assert_eq(run.value.counts.polls, 1, "polls");
    run.assert_eq(run.value.counts.wakes, 0, "wakes: nobody waited yet");
    run.assert_took(0);
}

#[test]
fn signal_polled_many_times_before_it_is_set_is_woken_once() {
    // A timer beside it in `tokio::join!` wakes the task every unit, so the
    // signal is polled again and again, each time with the same waker.
    let run = grade(|| async {
        let (setter, signal) = signal();
        let setting = tokio::spawn(async move {
            sleep(units(4)).await;
            setter.set(11);
        });
        let ticks = async {
            for _ in 0..3 {
                sleep(units(1)).await;
            }
        };
        let (probed, ()) = tokio::join!(probe(signal).run(), ticks);
        setting.await.expect("the setter task");
        probed
    });

    assert_returned(&run, 11, "the value set");
    run.assert_eq(run.value.counts.polls, 5, "polls: at 0, 1, 2, 3 and 4");
    run.assert_eq(run.value.counts.wakes, 1, "wakes: exactly one, when it was set");
    run.assert_took(4);
}

/// Polls `signal` once in a task of its own, then hands it to another
/// task, which awaits it; `set_at` after the start, it is set to `value`.
async fn await_in_a_second_task<S>(
    (setter, signal): (impl FnOnce(u32) + Send + 'static, S),
    set_at: Duration,
    value: u32,
) -> Probed<u32>
where
    S: Future<Output = u32> + Send + 'static,
{
    let mut probe = probe(signal);
    let first_task = tokio::spawn(async move {
        let first = poll_fn(|cx| Poll::Ready(Pin::new(&mut probe).poll(cx))).await;
        (first.is_pending(), probe)
    });
    let (pending, probe) = first_task.await.expect("the first task");
    let setting = tokio::spawn(async move {
        sleep(set_at).await;
        setter(value);
    });
    let probed = tokio::spawn(probe.run()).await.expect("the second task");
    setting.await.expect("the setter task");
    assert!(pending, "the signal was not set yet at its first poll");
    probed
}

#[test]
fn signal_follows_its_future_when_another_task_awaits_it() {
    let run = grade(|| async {
        let (setter, signal) = signal();
        await_in_a_second_task((move |v| setter.set(v), signal), units(2), 5).await
    });

    assert_returned(&run, 5, "the value set, heard by the task that awaits it now");
    run.assert_eq(run.value.counts.wakes, 1, "wakes: exactly one, when it was set");
    run.assert_took(2);
}

/// A signal's scenario: when it is set (from a task that sleeps first),
/// when it is first awaited, and whether a second task awaits it.
#[derive(Clone, Debug)]
struct SignalScenario {
    set_at: Duration,
    awaited_at: Duration,
    value: u32,
    moves: bool,
}

fn signal_scenario(g: &mut Gen) -> SignalScenario {
    let step = Duration::from_millis(250);
    SignalScenario {
        set_at: g.duration(Duration::ZERO, units(3), step),
        awaited_at: g.duration(Duration::ZERO, units(3), step),
        value: g.between(0, 1000) as u32,
        moves: g.chance(40),
    }
}

/// The value, the counts that the spec fixes, and the virtual time it
/// returned at.
async fn signal_story<S: Future<Output = u32> + Send + 'static>(
    scenario: SignalScenario,
    (setter, signal): (impl FnOnce(u32) + Send + 'static, S),
) -> (Option<u32>, u32, Option<String>) {
    let SignalScenario { set_at, awaited_at, value, moves } = scenario;
    let probed = if moves && awaited_at < set_at {
        sleep(awaited_at).await;
        await_in_a_second_task((setter, signal), set_at - awaited_at, value).await
    } else {
        let setting = tokio::spawn(async move {
            sleep(set_at).await;
            setter(value);
        });
        sleep(awaited_at).await;
        let probed = probe(signal).run().await;
        setting.await.expect("the setter task");
        probed
    };
    (probed.output, probed.counts.wakes, probed.verdict())
}

#[test]
fn signal_matches_the_reference_on_generated_timings() {
    fn yours(s: SignalScenario) -> impl Future<Output = (Option<u32>, u32, Option<String>)> {
        let (setter, signal) = signal();
        signal_story(s, (move |v| setter.set(v), signal))
    }
    fn theirs(s: SignalScenario) -> impl Future<Output = (Option<u32>, u32, Option<String>)> {
        let (setter, signal) = reference::signal();
        signal_story(s, (move |v| setter.set(v), signal))
    }
    scenarios().compare_by(signal_scenario, yours, theirs, |run| {
        let (output, wakes, verdict) = &run.value;
        (*output, *wakes, verdict.clone(), run.elapsed)
    });
}

// -------------------------------------------------------------------- join2

#[test]
fn join2_returns_both_outputs_when_the_later_one_is_ready() {
    let run = grade(|| async {
        let (a, b) = (after("first", units(1), "one"), after("second", units(3), 3));
        let (a_counts, b_counts) = (a.reader(), b.reader());
        let probed = probe(join2(a, b)).run().await;
        (probed, a_counts.counts(), b_counts.counts())
    });

    let (probed, a, b) = &run.value;
    probed.assert_sound();
    run.assert_eq(probed.output, Some(("one", 3)), "both outputs, in argument order");
    assert_not_polled_after_ready(a, "The first future");
    assert_not_polled_after_ready(b, "The second future");
    run.assert_timeline(&[finished("first", 0, 1), finished("second", 0, 3)]);
    run.assert_took(3);
}

#[test]
fn join2_polls_a_finished_first_future_no_more_while_the_second_waits() {
    // After the quick one is done at 1, the task is woken at 2 and at 3.
    let run = grade(|| async {
        let (a, b) = (after("quick", units(1), 'q'), after("slow", units(3), 's'));
        let (a_counts, b_counts) = (a.reader(), b.reader());
        let output = join2(a, join2(b, sleep(units(2)))).await;
        (output, a_counts.counts(), b_counts.counts())
    });

    let (output, a, b) = &run.value;
    run.assert_eq(*output, ('q', ('s', ())), "the outputs, nested as the calls were");
    assert_not_polled_after_ready(a, "The first future");
    assert_not_polled_after_ready(b, "The second future");
    run.assert_took(3);
}

#[test]
fn join2_of_a_slow_first_and_a_ready_second_polls_the_second_once() {
    let run = grade(|| async {
        let (a, b) = (after("slow", units(2), 1), probe(std::future::ready(2)));
        let b_counts = b.reader();
        let output = join2(a, b).await;
        (output, b_counts.counts())
    });

    let (output, b) = &run.value;
    run.assert_eq(*output, (1, 2), "both outputs, in argument order");
    assert_not_polled_after_ready(b, "The second future");
    run.assert_eq(b.polls, 1, "polls of the second future, ready at once");
    run.assert_took(2);
}

#[test]
fn join2_of_two_ready_futures_is_ready_on_its_first_poll() {
    let run = grade(|| probe(join2(std::future::ready("a"), std::future::ready('b'))).run());

    assert_returned(&run, ("a", 'b'), "both outputs, in argument order");
    run.assert_eq(run.value.counts.polls, 1, "polls of the join");
    run.assert_took(0);
}

/// Two durations that fall between whole units, often tied.
fn two_durations(g: &mut Gen) -> (Duration, Duration) {
    let step = Duration::from_millis(250);
    let first = g.duration(Duration::ZERO, units(3), step);
    let second = if g.chance(25) { first } else { g.duration(Duration::ZERO, units(3), step) };
    (first, second)
}

/// Joins or races two traced timers with `combine`; returns the output and
/// how many times each inner future was polled after it was ready.
macro_rules! story {
    ($combine:path, $durations:expr) => {{
        let (first, second) = $durations;
        let (a, b) = (after("a", first, 'a'), after("b", second, 'b'));
        let (a_counts, b_counts) = (a.reader(), b.reader());
        let output = $combine(a, b).await;
        (output, a_counts.counts().polls_after_ready, b_counts.counts().polls_after_ready)
    }};
}

#[test]
fn join2_matches_the_reference_on_generated_durations() {
    async fn yours(d: (Duration, Duration)) -> ((char, char), u32, u32) {
        story!(join2, d)
    }
    async fn theirs(d: (Duration, Duration)) -> ((char, char), u32, u32) {
        story!(reference::join2, d)
    }
    scenarios().compare(two_durations, yours, theirs);
}

// -------------------------------------------------------------------- race2

#[test]
fn race2_returns_the_first_ready_and_cancels_the_other() {
    let run = grade(|| async {
        race2(after("slow", units(3), "slow"), after("fast", units(1), "fast")).await
    });

    run.assert_value("fast", "the output of the first one ready");
    run.assert_timeline(&[cancelled("slow", 0, 1), finished("fast", 0, 1)]);
    run.assert_took(1);
}

#[test]
fn race2_returns_the_first_argument_when_it_is_ready_first() {
    let run =
        grade(|| async { race2(after("first", units(2), 1), after("second", units(5), 2)).await });

    run.assert_value(1, "the output of the first one ready");
    run.assert_timeline(&[finished("first", 0, 2), cancelled("second", 0, 2)]);
    run.assert_took(2);
}

#[test]
fn race2_gives_a_tie_to_the_first_argument_every_time() {
    let run = grade(|| async {
        let mut winners = Vec::new();
        for round in 0..24 {
            let (a, b) = (after("a", units(1), round * 2), after("b", units(1), round * 2 + 1));
            winners.push(race2(a, b).await % 2);
        }
        winners
    });

    run.assert_value(vec![0; 24], "for 24 ties, which argument won (0: the first)");
    run.assert_took(24);
}

#[test]
fn race2_matches_the_reference_on_generated_durations() {
    async fn yours(d: (Duration, Duration)) -> (char, u32, u32) {
        story!(race2, d)
    }
    async fn theirs(d: (Duration, Duration)) -> (char, u32, u32) {
        story!(reference::race2, d)
    }
    scenarios().repeat(3).compare(two_durations, yours, theirs);
}
