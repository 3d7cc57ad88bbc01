//! Lesson 22: Pin, and futures that hold references.
//!
//! The work the tests hand to your `Timeout` is traced as "work" (or
//! "step 1", "step 2", ... when it wakes several times); the messages of a
//! channel are sent by the given `send_at`, each send traced as "send a";
//! the readings of a stream are traced under their names. The inner
//! futures and streams are `async` blocks inside, so they are not `Unpin`:
//! your types must pin them.

use std::time::Duration;

use futures::{FutureExt, Stream, StreamExt};
use timeline::grade::{Gen, cancelled, finished, grade, scenarios, timed, units};
use timeline::traced;
use tokio::sync::mpsc;
use tokio::time::{Instant, sleep};

use crate::exercise::{Elapsed, collect_until, every_other, readings, send_at, timeout};
use crate::reference;

/// Work that takes `secs` units, traced as "work", and then gives `value`.
async fn work(secs: u64, value: &'static str) -> &'static str {
    traced("work", sleep(units(secs))).await;
    value
}

#[test]
fn timeout_gives_the_value_of_a_future_ready_in_time() {
    let run = grade(|| timeout(units(3), work(2, "done")));

    run.assert_value(Ok("done"), "the work's value: it was ready at 2, within the limit of 3");
    run.assert_timeline(&[finished("work", 0, 2)]);
    run.assert_took(2);
}

#[test]
fn timeout_gives_elapsed_at_the_deadline_and_the_work_is_dropped_then() {
    let run = grade(|| timeout(units(3), work(5, "done")));

    run.assert_value(Err(Elapsed), "Err(Elapsed): the work needs 5 units and the limit is 3");
    run.assert_timeline(&[cancelled("work", 0, 3)]);
    run.assert_took(3);
}

#[test]
fn timeout_wakes_the_task_at_the_deadline_of_a_future_that_never_wakes_it() {
    // A future that is never ready, and never wakes anybody: only the
    // deadline's timer can wake the task.
    let run = grade(|| timeout(units(3), std::future::pending::<&str>()));

    run.assert_value(Err(Elapsed), "Err(Elapsed) at the deadline");
    run.assert_took(3);
}

#[test]
fn timeout_wakes_the_task_that_polled_it_last_not_the_first() {
    let run = grade(|| async {
        let mut limited = Box::pin(timeout(units(3), std::future::pending::<&str>()));
        // The first poll comes with a waker that wakes nobody, as from a task
        // that polled it once and moved on; the task awaiting it now is the
        // one the deadline must wake.
        let first_poll = (&mut limited).now_or_never();
        (first_poll, limited.await)
    });

    run.assert_value(
        (None, Err(Elapsed)),
        "(pending on the first poll, then Err(Elapsed) at the deadline: every poll that returns \
         Pending must leave its own waker with the deadline)",
    );
    run.assert_took(3);
}

#[test]
fn timeout_counts_the_limit_from_the_call_not_from_the_first_poll() {
    let run = grade(|| async {
        let limited = timeout(units(3), work(2, "done"));
        // Made at 0, first polled at 2: the deadline is still 3.
        sleep(units(2)).await;
        limited.await
    });

    run.assert_value(Err(Elapsed), "Err(Elapsed): the work started at 2 and needs until 4");
    run.assert_timeline(&[cancelled("work", 2, 3)]);
    run.assert_took(3);
}

#[test]
fn timeout_counts_a_future_ready_at_the_deadline_as_in_time_every_time() {
    // 24 times, work that takes exactly the limit: each is a tie between the
    // work and the deadline, and each must go to the work.
    let run = grade(|| async {
        let mut in_time = 0;
        for _ in 0..24 {
            if timeout(units(1), work(1, "done")).await.is_ok() {
                in_time += 1;
            }
        }
        in_time
    });

    run.assert_value(
        24,
        "how many of the 24 ties were in time: all of them (poll the inner future before the \
         deadline)",
    );
    run.assert_took(24);
}

#[test]
fn timeout_of_zero_gives_a_ready_value_and_elapses_at_once_otherwise() {
    let run = grade(|| async {
        let ready = timeout(Duration::ZERO, std::future::ready("at once")).await;
        let waiting = timeout(Duration::ZERO, work(1, "later")).await;
        (ready, waiting)
    });

    run.assert_value(
        (Ok("at once"), Err(Elapsed)),
        "(a ready future with no time at all: Ok, work of 1 unit with no time: Err)",
    );
    run.assert_timeline(&[cancelled("work", 0, 0)]);
    run.assert_took(0);
}

#[test]
fn timeout_keeps_its_deadline_while_the_inner_future_wakes_again_and_again() {
    // The work wakes the task at 1, 2, 3, ...: each wake is a new poll of
    // the `Timeout`, and none of them may move the deadline.
    let run = grade(|| timeout(units(3) + units(1) / 2, steps(vec![units(1); 6])));

    run.assert_value(Err(Elapsed), "Err(Elapsed): six steps of 1 unit, a limit of 3.5");
    run.assert_took_exactly(units(3) + units(1) / 2);
}

/// Work done in steps of the given lengths, one after the other, each
/// traced as "step N"; it gives how many steps it took.
async fn steps(lengths: Vec<Duration>) -> usize {
    for (number, length) in lengths.iter().enumerate() {
        traced(&format!("step {}", number + 1), sleep(*length)).await;
    }
    lengths.len()
}

/// Spawns the given `send_at` on a channel of `capacity`, with these
/// messages and closing time; runs `collect` on the receiver; then reads
/// what is left in the channel to its end. Gives what `collect` returned,
/// when it returned, and the messages it left in the channel.
async fn collect_and_the_rest(
    capacity: usize,
    messages: Vec<(&'static str, Duration)>,
    close_at: Duration,
    collect: impl AsyncFnOnce(&mut mpsc::Receiver<&'static str>) -> Vec<&'static str>,
) -> (Vec<&'static str>, Duration, Vec<&'static str>) {
    let (sender, mut receiver) = mpsc::channel(capacity);
    let producer = tokio::spawn(send_at(sender, messages, close_at));
    let (collected, returned) = timed(collect(&mut receiver)).await;
    let mut rest = Vec::new();
    while let Some(message) = receiver.recv().await {
        rest.push(message);
    }
    producer.await.expect("the producer does not panic");
    (collected, returned, rest)
}

/// Messages named `names`, one per unit from 1 on.
fn every_unit(names: &[&'static str]) -> Vec<(&'static str, Duration)> {
    names.iter().zip(1..).map(|(name, at)| (*name, units(at))).collect()
}

#[test]
fn collect_until_keeps_one_deadline_while_messages_keep_coming() {
    let messages = every_unit(&["a", "b", "c", "d", "e"]);
    let limit = units(3) + units(1) / 2;
    let run = grade(move || {
        collect_and_the_rest(8, messages, units(10), async move |receiver| {
            collect_until(receiver, limit).await
        })
    });

    run.assert_value(
        (vec!["a", "b", "c"], limit, vec!["d", "e"]),
        "(what it collected, when it returned, what it left in the channel): the messages of \
         1, 2 and 3, returned at the deadline of 3.5 although a message came every unit",
    );
}

#[test]
fn collect_until_returns_when_the_channel_closes_before_the_deadline() {
    let messages = every_unit(&["a", "b"]);
    let run = grade(move || {
        collect_and_the_rest(8, messages, units(3), async |receiver| {
            collect_until(receiver, units(10)).await
        })
    });

    run.assert_value(
        (vec!["a", "b"], units(3), vec![]),
        "(what it collected, when it returned, what it left): both messages, returned at 3 when \
         the channel closed, not at the deadline of 10",
    );
}

#[test]
fn collect_until_leaves_the_later_messages_in_the_channel() {
    let messages = vec![("a", units(1)), ("b", units(2)), ("c", units(4))];
    let run = grade(move || {
        collect_and_the_rest(8, messages, units(6), async |receiver| {
            collect_until(receiver, units(3)).await
        })
    });

    run.assert_value(
        (vec!["a", "b"], units(3), vec!["c"]),
        "(what it collected, when it returned, what it left): a and b by the deadline of 3; c, \
         sent at 4, still in the channel for the next reader",
    );
    run.assert_timeline(&[
        finished("send a", 1, 1),
        finished("send b", 2, 2),
        finished("send c", 4, 4),
    ]);
    run.assert_took(6);
}

#[test]
fn collect_until_takes_every_waiting_message_at_a_limit_of_zero() {
    // 24 messages wait in the channel when the deadline comes, at once: each
    // turn of a loop is a tie, and each must go to the message.
    let run = grade(|| async {
        let (sender, mut receiver) = mpsc::channel(32);
        for number in 0..24 {
            sender.send(["x", "y", "z"][number % 3]).await.expect("the receiver is here");
        }
        let collected = collect_until(&mut receiver, Duration::ZERO).await;
        drop(sender);
        collected.len()
    });

    run.assert_value(
        24,
        "how many of the 24 waiting messages it took: all of them (a message already in the \
         channel at the deadline is taken; a `select!` that may look at the deadline first \
         stops early)",
    );
    run.assert_took(0);
}

#[test]
fn collect_until_of_a_closed_empty_channel_returns_at_once() {
    let run = grade(|| async {
        let (sender, mut receiver) = mpsc::channel::<&'static str>(4);
        drop(sender);
        collect_until(&mut receiver, units(5)).await
    });

    run.assert_value(vec![], "nothing: the channel was closed and empty");
    run.assert_took(0);
}

/// Reads `stream` to its end, using each item for `use_for` (traced as
/// "use a"), then asks twice more; gives each item with the instant it
/// came, and what the two extra asks gave.
async fn read_all<S: Stream<Item = &'static str>>(
    stream: S,
    use_for: Vec<Duration>,
) -> (Vec<(&'static str, Duration)>, [Option<&'static str>; 2]) {
    let start = Instant::now();
    let mut stream = std::pin::pin!(stream);
    let mut uses = use_for.into_iter();
    let mut arrived = Vec::new();
    while let Some(item) = stream.next().await {
        arrived.push((item, start.elapsed()));
        traced(&format!("use {item}"), sleep(uses.next().unwrap_or_default())).await;
    }
    let after = [stream.next().await, stream.next().await];
    (arrived, after)
}

/// Readings named `names`, each ready one unit after it is asked for.
fn one_unit_each(names: &[&'static str]) -> Vec<(&'static str, Duration)> {
    names.iter().map(|name| (*name, units(1))).collect()
}

#[test]
fn every_other_hands_out_the_first_third_and_fifth_as_they_come() {
    let items = one_unit_each(&["a", "b", "c", "d", "e"]);
    let run = grade(|| read_all(every_other(readings(items)), vec![]));

    run.assert_value(
        (vec![("a", units(1)), ("c", units(3)), ("e", units(5))], [None, None]),
        "(each item with when it came, what two more asks gave after the end)",
    );
    run.assert_timeline(&[
        finished("a", 0, 1),
        finished("b", 1, 2),
        finished("c", 2, 3),
        finished("d", 3, 4),
        finished("e", 4, 5),
        finished("use a", 1, 1),
        finished("use c", 3, 3),
        finished("use e", 5, 5),
    ]);
    run.assert_took(5);
}

#[test]
fn every_other_ends_when_the_inner_stream_ends_after_a_skipped_item() {
    let items = vec![("p", units(2)), ("q", units(1)), ("r", units(1)), ("s", units(3))];
    let run = grade(|| read_all(every_other(readings(items)), vec![units(1), units(1)]));

    run.assert_value(
        (vec![("p", units(2)), ("r", units(5))], [None, None]),
        "(each item with when it came, what two more asks gave): p at 2, r at 5 (after a use of \
         1 unit and q's wait of 1), and s, read at 9 and skipped, then the end",
    );
    run.assert_timeline(&[
        finished("p", 0, 2),
        finished("use p", 2, 3),
        finished("q", 3, 4),
        finished("r", 4, 5),
        finished("use r", 5, 6),
        finished("s", 6, 9),
    ]);
    run.assert_took(9);
}

#[test]
fn every_other_keeps_answering_none_without_polling_the_ended_stream() {
    // The given `readings` panics if it is polled after its end.
    let run = grade(|| async {
        let mut odd = std::pin::pin!(every_other(readings(one_unit_each(&["a"]))));
        let mut answers = Vec::new();
        for _ in 0..4 {
            answers.push(odd.next().await);
        }
        answers
    });

    run.assert_value(vec![Some("a"), None, None, None], "a, then the end, three times");
    run.assert_took(1);
}

#[test]
fn every_other_of_an_empty_stream_ends_at_once() {
    let run = grade(|| read_all(every_other(readings(vec![])), vec![]));

    run.assert_value((vec![], [None, None]), "no items");
    run.assert_took(0);
}

// Scenario tests: each exercise on generated inputs, compared with the
// reference solution: the value, every span and when it returned. Limits
// tie with the work, fall between units or are zero; the work wakes once
// or many times; messages come more often than the deadline, in bursts that
// fill the channel, and the channel closes before or after the deadline;
// readings come at once or late, are used for a while or not at all.

#[test]
fn timeout_matches_the_reference_on_generated_work_and_limits() {
    scenarios().compare(
        generated_timeout,
        |(before, limit, lengths)| run_timeout(before, limit, lengths, timeout),
        |(before, limit, lengths)| run_timeout(before, limit, lengths, reference::timeout),
    );
}

#[test]
fn collect_until_matches_the_reference_on_generated_messages() {
    scenarios().repeat(2).compare(
        generated_messages,
        |feed| collect_feed(feed, async |receiver, limit| collect_until(receiver, limit).await),
        |feed| {
            collect_feed(feed, async |receiver, limit| {
                reference::collect_until(receiver, limit).await
            })
        },
    );
}

#[test]
fn every_other_matches_the_reference_on_generated_readings() {
    scenarios().compare(
        generated_readings,
        |(items, uses)| read_all(every_other(readings(items)), uses),
        |(items, uses)| read_all(reference::every_other(readings(items)), uses),
    );
}

/// A wait between making the `Timeout` and awaiting it, a limit, and the
/// lengths of the work's steps.
type TimeoutScenario = (Duration, Duration, Vec<Duration>);

/// No wait most of the time; limits from 0 to 4 units, often whole; work
/// of 0 to 8 steps (a third of them exactly the limit long, when there is
/// one step).
fn generated_timeout(g: &mut Gen) -> TimeoutScenario {
    let half = units(1) / 2;
    let before =
        if g.chance(70) { Duration::ZERO } else { g.duration(Duration::ZERO, units(2), half) };
    let limit = g.duration(Duration::ZERO, units(4), half);
    let count = g.count();
    let lengths = if count == 1 && g.chance(33) {
        vec![limit]
    } else {
        g.items(count, |g| g.duration(Duration::ZERO, units(2), half))
    };
    (before, limit, lengths)
}

/// The work a scenario hands to a `Timeout`, boxed so that one type serves
/// every scenario.
type Work = std::pin::Pin<Box<dyn Future<Output = usize>>>;

/// Makes the `Timeout` with `make`, waits `before`, then awaits it.
async fn run_timeout<T: Future<Output = Result<usize, Elapsed>>>(
    before: Duration,
    limit: Duration,
    lengths: Vec<Duration>,
    make: fn(Duration, Work) -> T,
) -> Result<usize, Elapsed> {
    let limited = make(limit, Box::pin(steps(lengths)));
    sleep(before).await;
    limited.await
}

/// A channel's producer and a collection from it.
#[derive(Clone, Debug)]
struct Feed {
    capacity: usize,
    messages: Vec<(&'static str, Duration)>,
    close_at: Duration,
    limit: Duration,
}

/// 0 to 8 messages, 0 to 1.5 units apart (bursts at one instant too), on a
/// channel of 1 to 3; a limit from 0 to 6 units; the channel closed 0 to 4
/// units after the last message. No message is sent at the very instant of
/// the deadline: which of two tasks woken at one instant runs first is the
/// runtime's choice, not the exercise's.
fn generated_messages(g: &mut Gen) -> Feed {
    let half = units(1) / 2;
    let limit = g.duration(Duration::ZERO, units(6), half);
    let count = g.count();
    let mut at = Duration::ZERO;
    let messages = g.items(count, |g| {
        at += g.duration(Duration::ZERO, units(1) + half, half);
        if at == limit {
            at += Duration::from_millis(1);
        }
        (g.name(), at)
    });
    let mut close_at = at + g.duration(Duration::ZERO, units(4), half);
    if close_at == limit {
        close_at += Duration::from_millis(1);
    }
    Feed { capacity: g.between(1, 3) as usize, messages, close_at, limit }
}

/// Runs `collect` on `feed` as [`collect_and_the_rest`] does.
async fn collect_feed(
    feed: Feed,
    collect: impl AsyncFnOnce(&mut mpsc::Receiver<&'static str>, Duration) -> Vec<&'static str>,
) -> (Vec<&'static str>, Duration, Vec<&'static str>) {
    let limit = feed.limit;
    collect_and_the_rest(feed.capacity, feed.messages, feed.close_at, async |receiver| {
        collect(receiver, limit).await
    })
    .await
}

/// 0 to 8 readings of 0 to 2 units (whole or not, names repeat), and how
/// long the reader uses each item it gets.
fn generated_readings(g: &mut Gen) -> (Vec<(&'static str, Duration)>, Vec<Duration>) {
    let half = units(1) / 2;
    let count = g.count();
    let items = g.items(count, |g| (g.name(), g.duration(Duration::ZERO, units(2), half)));
    let uses = g.items(count, |g| g.duration(Duration::ZERO, units(2), half));
    (items, uses)
}
