//! Lesson 25: a channel and a stream by hand, on your own executor.
//!
//! The channel's futures run inside a probe (`timeline::grade::probe`), which
//! counts their polls and wakes, and names a future that returns `Pending`
//! without keeping the waker, wakes itself at once, or keeps a stale waker.
//! Times are exact, on tokio's paused clock. Senders and receivers that must
//! be woken by each other run as separate tasks, as they would in a program:
//! two futures joined in one task share its waker, and would hide a wake
//! that went to the wrong one. Scenario tests compare your channel, stream
//! and producer-consumer with the reference on generated runs. The last
//! exercise runs on your lesson 23 executor, on a thread of its own, with a
//! real-time bound, as lesson 23's tests do.

use std::fmt::Debug;
use std::future::poll_fn;
use std::panic::{self, AssertUnwindSafe};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll, Wake, Waker};
use std::time::Duration;

use futures::StreamExt;
use timeline::grade::probe::{Probe, Probed, probe};
use timeline::grade::{
    Gen, Run, SEED_VARIABLE, SYNC_HANG_LIMIT, assert_same, finished, grade, run_bounded, scenarios,
    units,
};
use timeline::{Span, traced};
use tokio::task::JoinHandle;
use tokio::time::{Instant, sleep, timeout};

use crate::exercise::{
    Log, Receiver, SendError, Sender, UNIT, channel, chunks, produce_and_consume,
    run_on_your_executor, work_label, work_on_tokio,
};
use crate::reference;

fn millis(ms: u64) -> Duration {
    Duration::from_millis(ms)
}

/// Whether `build` panicked, run on a grading thread so that a `todo!()`
/// still gets its own verdict.
fn panics(build: impl FnOnce() + Send + 'static) -> bool {
    run_bounded(SYNC_HANG_LIMIT, "", move || panic::catch_unwind(AssertUnwindSafe(build)).is_err())
}

/// Polls `probe` once in a task of its own, then hands it back: the next
/// task that polls it brings a different waker.
async fn polled_once_elsewhere<F>(mut probe: Probe<F>) -> (bool, Probe<F>)
where
    F: Future + Send + 'static,
{
    let first = tokio::spawn(async move {
        let first = poll_fn(|cx| Poll::Ready(Pin::new(&mut probe).poll(cx))).await;
        (first.is_pending(), probe)
    });
    first.await.expect("the first poll")
}

/// Runs `probe` to its end in a task of its own.
async fn run_elsewhere<F>(probe: Probe<F>) -> Probed<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send,
{
    tokio::spawn(probe.run()).await.expect("the probed future")
}

/// Joins helper tasks; a panic in one is the learner's code panicking there.
async fn joined<T>(tasks: Vec<JoinHandle<T>>) -> Vec<T> {
    let mut results = Vec::new();
    for task in tasks {
        results.push(task.await.expect("a task of the test"));
    }
    results
}

/// A probed run that ended with `expected`, with no verdict on how.
#[track_caller]
fn assert_returned<T: PartialEq + Debug, V>(
    run: &Run<V>,
    probed: &Probed<T>,
    expected: T,
    what: &str,
) {
    probed.assert_sound();
    run.assert_eq(probed.output.as_ref(), Some(&expected), what);
}

// ------------------------------------------------------------------ channel

#[test]
fn channel_with_capacity_zero_panics() {
    let panicked = panics(|| {
        let _ = channel::<u32>(0);
    });

    assert_same(
        panicked,
        true,
        "whether `channel(0)` panicked: a channel must hold at least one item, as tokio's must",
    );
}

#[test]
fn channel_send_with_room_is_ready_at_its_first_poll() {
    let run = grade(|| async {
        let (sender, mut receiver) = channel(3);
        let first = probe(sender.send(40)).run().await;
        let second = probe(sender.send(10)).run().await;
        let third = probe(sender.send(20)).run().await;
        let received = [receiver.recv().await, receiver.recv().await, receiver.recv().await];
        ([first, second, third], received)
    });

    let (sends, received) = &run.value;
    for send in sends {
        assert_returned(&run, send, Ok(()), "what a send with room returned");
        run.assert_eq(send.counts.polls, 1, "polls of a send with room: ready at the first");
    }
    run.assert_eq(*received, [Some(40), Some(10), Some(20)], "the items, oldest first");
    run.assert_took(0);
}

#[test]
fn channel_send_into_a_full_channel_waits_until_the_receiver_takes_an_item() {
    let run = grade(|| async {
        let start = Instant::now();
        let (sender, mut receiver) = channel(2);
        let filled = [sender.send(1).await, sender.send(2).await];
        let third = tokio::spawn(async move {
            let probed = probe(sender.send(3)).run().await;
            (probed, start.elapsed())
        });
        sleep(units(3)).await;
        let taken = receiver.recv().await;
        let (probed, sent_at) = joined(vec![third]).await.remove(0);
        let rest = [receiver.recv().await, receiver.recv().await, receiver.recv().await];
        (filled, probed, sent_at, taken, rest)
    });

    let (filled, probed, sent_at, taken, rest) = &run.value;
    run.assert_eq(filled, &[Ok(()), Ok(())], "the first two sends, into a channel of 2");
    assert_returned(&run, probed, Ok(()), "what the third send returned");
    run.assert_eq(*sent_at, units(3), "when the third send went in: when the receiver took one");
    run.assert_eq(probed.counts.polls, 2, "polls of the third send: full, then woken once");
    run.assert_eq(*taken, Some(1), "the item the receiver took at 3");
    run.assert_eq(*rest, [Some(2), Some(3), None], "the items after it, then the close");
    run.assert_took(3);
}

#[test]
fn channel_two_items_taken_at_once_let_two_waiting_sends_in() {
    let run = grade(|| async {
        let start = Instant::now();
        let (sender, mut receiver) = channel(2);
        let filled = [sender.send(1).await, sender.send(2).await];
        let waiting: Vec<_> = [3, 4]
            .into_iter()
            .map(|item| {
                let sender = sender.clone();
                tokio::spawn(async move {
                    let sent = sender.send(item).await;
                    (item, sent, start.elapsed())
                })
            })
            .collect();
        drop(sender);
        sleep(units(1)).await;
        // Two in a row, in one poll: neither waiting send has run yet.
        let taken = [receiver.recv().await, receiver.recv().await];
        sleep(units(9)).await;
        let rest = [receiver.recv().await, receiver.recv().await, receiver.recv().await];
        (filled, taken, joined(waiting).await, rest)
    });

    let (filled, taken, sends, rest) = &run.value;
    run.assert_eq(filled, &[Ok(()), Ok(())], "the first two sends, into a channel of 2");
    run.assert_eq(*taken, [Some(1), Some(2)], "the two items taken at 1");
    run.assert_eq(
        sends,
        &vec![(3, Ok(()), units(1)), (4, Ok(()), units(1))],
        "each waiting send, what it returned and when: two slots came free at 1, so both go \
         in at 1 (a send still asleep with room in front of it is a lost wake-up)",
    );
    run.assert_eq(*rest, [Some(3), Some(4), None], "the items after them, then the close");
}

#[test]
fn channel_waiting_sends_go_ahead_in_the_order_they_began_to_wait() {
    const ITEMS: [u32; 6] = [40, 10, 60, 20, 50, 30];
    let run = grade(|| async {
        let start = Instant::now();
        let (sender, mut receiver) = channel(1);
        let filled = sender.send(0).await;
        let waiting: Vec<_> = ITEMS
            .into_iter()
            .enumerate()
            .map(|(order, item)| {
                let sender = sender.clone();
                tokio::spawn(async move {
                    // They begin to wait 1 ms apart, in this order.
                    sleep(millis(order as u64)).await;
                    let sent = sender.send(item).await;
                    (item, sent, start.elapsed())
                })
            })
            .collect();
        drop(sender);
        let mut received = Vec::new();
        loop {
            sleep(units(1)).await;
            let Some(item) = receiver.recv().await else { break };
            received.push((item, start.elapsed()));
        }
        (filled, received, joined(waiting).await)
    });

    let (filled, received, sends) = &run.value;
    run.assert_eq(filled, &Ok(()), "the first send, into a channel of 1");
    let order: Vec<u32> = received.iter().map(|(item, _)| *item).collect();
    run.assert_eq(
        order,
        vec![0, 40, 10, 60, 20, 50, 30],
        "the items received: after 0, those of the waiting sends, in the order they began to wait",
    );
    let expected: Vec<_> =
        ITEMS.iter().zip(1..).map(|(item, n)| (*item, Ok(()), units(n))).collect();
    run.assert_eq(
        sends,
        &expected,
        "each send, what it returned and when it went in: one per unit, as the receiver took one",
    );
}

#[test]
fn channel_a_send_with_room_goes_ahead_even_while_others_wait() {
    let run = grade(|| async {
        let start = Instant::now();
        let (sender, mut receiver) = channel(1);
        let filled = sender.send(1).await;
        let other = sender.clone();
        let waiting = tokio::spawn(async move {
            let sent = other.send(2).await;
            (sent, start.elapsed())
        });
        sleep(units(1)).await;
        // Frees the slot; the waiting send has been woken but has not run.
        let taken = receiver.recv().await;
        let newcomer = probe(sender.send(3)).run().await;
        drop(sender);
        let next = receiver.recv().await;
        let waited = joined(vec![waiting]).await.remove(0);
        let rest = [receiver.recv().await, receiver.recv().await];
        (filled, taken, newcomer, next, waited, rest)
    });

    let (filled, taken, newcomer, next, waited, rest) = &run.value;
    run.assert_eq(filled, &Ok(()), "the first send, into a channel of 1");
    run.assert_eq(*taken, Some(1), "the item taken at 1");
    run.assert_eq(
        newcomer.output.as_ref(),
        Some(&Ok(())),
        "what a new send returned, made when the slot was free and the woken send had not run \
         yet: it goes ahead at once (a send waits only while the channel is full)",
    );
    run.assert_eq(newcomer.counts.polls, 1, "polls of that send: ready at the first");
    run.assert_eq(*next, Some(3), "the next item: the new send's");
    run.assert_eq(waited, &(Ok(()), units(1)), "the waiting send: in when 3 was taken, at 1");
    run.assert_eq(*rest, [Some(2), None], "the items after them, then the close");
}

#[test]
fn channel_recv_returns_the_oldest_item_at_its_first_poll() {
    let run = grade(|| async {
        let (sender, mut receiver) = channel(4);
        for item in [30, 10, 20] {
            let _ = sender.send(item).await;
        }
        let mut got = Vec::new();
        for _ in 0..3 {
            got.push(probe(receiver.recv()).run().await);
        }
        got
    });

    for (probed, expected) in run.value.iter().zip([30, 10, 20]) {
        assert_returned(&run, probed, Some(expected), "what recv returned: the oldest item");
        run.assert_eq(probed.counts.polls, 1, "polls of a recv with an item waiting");
    }
    run.assert_took(0);
}

#[test]
fn channel_recv_on_an_empty_channel_waits_until_an_item_comes() {
    let run = grade(|| async {
        let (sender, mut receiver) = channel(2);
        let later = tokio::spawn(async move {
            sleep(units(2)).await;
            let _ = sender.send(7).await;
            sleep(units(1)).await;
        });
        let probed = probe(receiver.recv()).run().await;
        let at = Instant::now();
        joined(vec![later]).await;
        (probed, at)
    });

    let (probed, _) = &run.value;
    assert_returned(&run, probed, Some(7), "what recv returned");
    run.assert_eq(probed.counts.polls, 2, "polls of the recv: empty, then woken by the send");
    run.assert_eq(probed.counts.wakes, 1, "wakes of the recv's task: one, by the send");
    run.assert_took(3);
}

#[test]
fn channel_recv_returns_none_once_every_sender_is_dropped_after_the_queued_items() {
    let run = grade(|| async {
        let start = Instant::now();
        let (sender, mut receiver) = channel(4);
        let clone = sender.clone();
        let _ = sender.send(1).await;
        let _ = clone.send(2).await;
        drop(sender);
        let last = tokio::spawn(async move {
            sleep(units(3)).await;
            drop(clone);
        });
        let first = [receiver.recv().await, receiver.recv().await];
        let waited = probe(receiver.recv()).run().await;
        let closed_at = start.elapsed();
        let again = receiver.recv().await;
        joined(vec![last]).await;
        (first, waited, closed_at, again)
    });

    let (first, waited, closed_at, again) = &run.value;
    run.assert_eq(*first, [Some(1), Some(2)], "the items queued before the senders were dropped");
    assert_returned(
        &run,
        waited,
        None,
        "what the third recv returned, when the clone (the last sender) was dropped",
    );
    run.assert_eq(
        *closed_at,
        units(3),
        "when the third recv returned: not when the first sender was dropped (its clone could \
         still send), but when the clone was",
    );
    run.assert_eq(*again, None, "a recv after the close");
}

#[test]
fn channel_a_waiting_recv_is_woken_when_the_last_sender_drops() {
    let run = grade(|| async {
        let (sender, mut receiver) = channel::<u32>(2);
        let dropper = tokio::spawn(async move {
            sleep(units(2)).await;
            drop(sender);
        });
        let probed = probe(receiver.recv()).run().await;
        joined(vec![dropper]).await;
        probed
    });

    assert_returned(&run, &run.value, None, "what the waiting recv returned");
    run.assert_eq(run.value.counts.polls, 2, "polls of the recv: empty, then woken by the close");
    run.assert_took(2);
}

#[test]
fn channel_a_send_wakes_the_receiver_only_while_it_waits() {
    let run = grade(|| async {
        let (sender, mut receiver) = channel(4);
        let sends = tokio::spawn(async move {
            for at in [1, 2, 3] {
                sleep(units(1)).await;
                let _ = sender.send(at).await;
            }
        });
        // Waits for the first item, then works until 5: the sends at 2 and
        // 3 find it busy, not waiting, and have no reason to wake it.
        let probed = probe(async move {
            let first = receiver.recv().await;
            sleep(units(4)).await;
            (first, receiver.recv().await, receiver.recv().await)
        })
        .run()
        .await;
        joined(vec![sends]).await;
        probed
    });

    let probed = &run.value;
    assert_returned(&run, probed, (Some(1), Some(2), Some(3)), "the items received");
    run.assert_eq(
        (probed.counts.polls, probed.counts.wakes),
        (3, 2),
        "polls and wakes of the receiving task: at 0, at 1 (the first send) and at 5 (its own \
         sleep). A wake at 2 or 3 came from a send that woke a receiver no longer waiting: take \
         the stored waker out when you wake it",
    );
    run.assert_took(5);
}

#[test]
fn channel_dropping_a_sender_that_is_not_the_last_wakes_no_one() {
    let run = grade(|| async {
        let (sender, mut receiver) = channel(2);
        let clone = sender.clone();
        let others = tokio::spawn(async move {
            sleep(units(1)).await;
            drop(clone);
            sleep(units(1)).await;
            let _ = sender.send(5).await;
        });
        let probed = probe(receiver.recv()).run().await;
        joined(vec![others]).await;
        probed
    });

    assert_returned(&run, &run.value, Some(5), "what the recv returned");
    run.assert_eq(
        (run.value.counts.polls, run.value.counts.wakes),
        (2, 1),
        "polls and wakes of the recv: dropping the clone at 1 closed nothing, so nothing was \
         to wake it then; only the send at 2",
    );
    run.assert_took(2);
}

#[test]
fn channel_send_after_the_receiver_is_dropped_gives_the_value_back() {
    let run = grade(|| async {
        let (sender, receiver) = channel(1);
        let _ = sender.send("queued").await;
        drop(receiver);
        // Full, and nobody will ever take an item: it must not wait.
        probe(sender.send("given back")).run().await
    });

    assert_returned(&run, &run.value, Err(SendError("given back")), "what the send returned");
    run.assert_eq(run.value.counts.polls, 1, "polls of a send with the receiver gone");
    run.assert_took(0);
}

#[test]
fn channel_dropping_the_receiver_drops_the_items_still_queued() {
    let run = grade(|| async {
        let item = Arc::new(());
        let (sender, receiver) = channel(3);
        let _ = sender.send(Arc::clone(&item)).await;
        let _ = sender.send(Arc::clone(&item)).await;
        let queued = Arc::strong_count(&item) - 1;
        drop(receiver);
        let left = Arc::strong_count(&item) - 1;
        drop(sender);
        (queued, left)
    });

    run.assert_value(
        (2, 0),
        "the items in the channel before and after the receiver was dropped (counted by their \
         `Arc`s): once the receiver is gone nobody can take them, and they are dropped with it, \
         not kept until the last sender goes",
    );
}

#[test]
fn channel_a_waiting_send_is_woken_when_the_receiver_drops() {
    let run = grade(|| async {
        let (sender, receiver) = channel(1);
        let filled = sender.send(1).await;
        let dropper = tokio::spawn(async move {
            sleep(units(2)).await;
            drop(receiver);
        });
        let probed = probe(sender.send(2)).run().await;
        joined(vec![dropper]).await;
        (filled, probed)
    });

    let (filled, probed) = &run.value;
    run.assert_eq(filled, &Ok(()), "the first send, into a channel of 1");
    assert_returned(&run, probed, Err(SendError(2)), "what the waiting send returned");
    run.assert_eq(probed.counts.polls, 2, "polls of the send: full, then woken by the drop");
    run.assert_took(2);
}

#[test]
fn channel_a_send_dropped_while_it_waits_leaves_the_line() {
    let run = grade(|| async {
        let start = Instant::now();
        let (sender, mut receiver) = channel(1);
        let filled = sender.send(0).await;
        let (first, second) = (sender.clone(), sender);
        // Waits first, and gives up at 1: its send is dropped.
        let gives_up = tokio::spawn(async move {
            let sent = timeout(units(1), first.send(1)).await;
            (sent.is_err(), start.elapsed())
        });
        // Waits behind it, from 1 ms on.
        let stays = tokio::spawn(async move {
            sleep(millis(1)).await;
            let sent = second.send(2).await;
            (sent, start.elapsed())
        });
        sleep(units(2)).await;
        let taken = receiver.recv().await;
        let next = timeout(units(8), receiver.recv()).await.ok();
        let next_at = start.elapsed();
        drop(receiver);
        let cancelled = joined(vec![gives_up]).await.remove(0);
        let stayed = joined(vec![stays]).await.remove(0);
        (filled, taken, next, next_at, cancelled, stayed)
    });

    let (filled, taken, next, next_at, cancelled, stayed) = &run.value;
    run.assert_eq(filled, &Ok(()), "the first send, into a channel of 1");
    run.assert_eq(*cancelled, (true, units(1)), "the first waiting send: timed out at 1");
    run.assert_eq(*taken, Some(0), "the item the receiver took at 2");
    run.assert_eq(
        stayed,
        &(Ok(()), units(2)),
        "the second waiting send, what it returned and when: the first left the line at 1, so \
         the slot freed at 2 is the second's (a wake-up sent to the send that gave up is lost)",
    );
    run.assert_eq((*next, *next_at), (Some(Some(2)), units(2)), "the next item, and when");
}

#[test]
fn channel_a_send_dropped_while_it_waits_wakes_its_task_no_more() {
    let run = grade(|| async {
        let (sender, mut receiver) = channel(1);
        let filled = sender.send(1).await;
        // Gives up on its send at 1, then sleeps until 6: nothing of the
        // channel has a reason to wake it after 1.
        let gave_up = tokio::spawn(async move {
            probe(async move {
                let sent = timeout(units(1), sender.send(2)).await;
                sleep(units(5)).await;
                sent.is_err()
            })
            .run()
            .await
        });
        sleep(units(2)).await;
        let taken = receiver.recv().await;
        (filled, taken, joined(vec![gave_up]).await.remove(0))
    });

    let (filled, taken, probed) = &run.value;
    run.assert_eq(filled, &Ok(()), "the first send, into a channel of 1");
    run.assert_eq(*taken, Some(1), "the item taken at 2");
    assert_returned(&run, probed, true, "whether the send timed out");
    run.assert_eq(
        (probed.counts.polls, probed.counts.wakes),
        (3, 2),
        "polls and wakes of the task that gave up on its send: at 0, at 1 (its timeout) and at \
         6 (its sleep). A wake at 2, when the item was taken, went to a send dropped at 1: a \
         send dropped while it waits leaves the line",
    );
    run.assert_took(6);
}

#[test]
fn channel_recv_keeps_the_waker_of_its_latest_poll() {
    let run = grade(|| async {
        let (sender, mut receiver) = channel(1);
        let waiting = probe(async move { receiver.recv().await });
        let (pending, waiting) = polled_once_elsewhere(waiting).await;
        let later = tokio::spawn(async move {
            sleep(units(2)).await;
            let _ = sender.send(9).await;
        });
        let probed = run_elsewhere(waiting).await;
        joined(vec![later]).await;
        (pending, probed)
    });

    let (pending, probed) = &run.value;
    run.assert_eq(*pending, true, "the first poll, on an empty channel: Pending");
    assert_returned(&run, probed, Some(9), "what the recv returned in the task it moved to");
    run.assert_took(2);
}

#[test]
fn channel_a_waiting_send_keeps_the_waker_of_its_latest_poll() {
    let run = grade(|| async {
        let (sender, mut receiver) = channel(1);
        let filled = sender.send(1).await;
        let waiting = probe(async move { sender.send(2).await });
        let (pending, waiting) = polled_once_elsewhere(waiting).await;
        let taker = tokio::spawn(async move {
            sleep(units(2)).await;
            let taken = receiver.recv().await;
            sleep(units(1)).await;
            (taken, receiver.recv().await)
        });
        let probed = run_elsewhere(waiting).await;
        (filled, pending, probed, joined(vec![taker]).await.remove(0))
    });

    let (filled, pending, probed, taken) = &run.value;
    run.assert_eq(filled, &Ok(()), "the first send, into a channel of 1");
    run.assert_eq(*pending, true, "the second send's first poll, on a full channel: Pending");
    assert_returned(&run, probed, Ok(()), "what the send returned in the task it moved to");
    run.assert_eq(*taken, (Some(1), Some(2)), "the items the receiver took");
    run.assert_took(3);
}

#[test]
#[allow(clippy::drop_non_drop, reason = "the stub's `Sending` has no `Drop`; yours will")]
fn channel_a_send_woken_then_dropped_before_it_runs_lets_the_next_in_line_go_ahead() {
    let run = grade(|| async {
        let start = Instant::now();
        let (sender, mut receiver) = channel(1);
        let filled = sender.send(1).await;
        let behind = sender.clone();
        // First in line: polled once, here, so that it waits with this
        // task's waker.
        let mut first = sender.send(2);
        let first_waits =
            poll_fn(|cx| Poll::Ready(Pin::new(&mut first).poll(cx).is_pending())).await;
        // Second in line, in a task of its own.
        let mut second = tokio::spawn(async move {
            let sent = behind.send(3).await;
            (sent, start.elapsed())
        });
        sleep(units(1)).await;
        // Frees the slot and wakes the first send, which is then dropped
        // before it runs, as a `select!` that took another branch drops it.
        let taken = receiver.recv().await;
        drop(first);
        let sent = timeout(units(5), &mut second).await.ok().map(|sent| sent.expect("the send"));
        let next = timeout(units(5), receiver.recv()).await.ok();
        if sent.is_none() {
            // Still waiting: ended here, so that the verdict is about it.
            second.abort();
            let _ = second.await;
        }
        (filled, first_waits, taken, sent, next)
    });

    let (filled, first_waits, taken, sent, next) = &run.value;
    run.assert_eq(filled, &Ok(()), "the first send, into a channel of 1");
    run.assert_eq(*first_waits, true, "the first waiting send's first poll: Pending");
    run.assert_eq(*taken, Some(1), "the item taken at 1");
    run.assert_eq(
        sent,
        &Some((Ok(()), units(1))),
        "the second waiting send, what it returned and when (None: still waiting 5 units \
         later): the first send, woken by the take, was dropped before it ran, so the slot is \
         the second's at 1. A wake-up given to a send that is dropped before it runs must not \
         be lost",
    );
    run.assert_eq(*next, Some(Some(3)), "the next item: the second send's");
}

/// Counts the wakes of the waker made from it.
#[derive(Default)]
struct CountedWakes(AtomicUsize);

impl Wake for CountedWakes {
    fn wake(self: Arc<Self>) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn channel_a_waiting_send_that_goes_ahead_leaves_the_line() {
    let run = grade(|| async {
        let (sender, mut receiver) = channel(1);
        let filled = sender.send(1).await;
        let wakes = Arc::new(CountedWakes::default());
        let waker = Waker::from(Arc::clone(&wakes));
        let mut cx = Context::from_waker(&waker);
        // Polled by hand, and kept after it is Ready: only its going ahead,
        // not its drop, may take it out of the line.
        let mut waiting = sender.send(2);
        let first = Pin::new(&mut waiting).poll(&mut cx);
        let taken = receiver.recv().await;
        let second = Pin::new(&mut waiting).poll(&mut cx);
        let after = receiver.recv().await;
        let _ = sender.send(3).await;
        let last = receiver.recv().await;
        // `waiting` is still alive here, and dropped only at the end.
        let woken = wakes.0.load(Ordering::SeqCst);
        (filled, first, taken, second, [after, last], woken)
    });

    let (filled, first, taken, second, items, woken) = &run.value;
    run.assert_eq(filled, &Ok(()), "the first send, into a channel of 1");
    run.assert_eq(first.is_pending(), true, "the waiting send's first poll: Pending");
    run.assert_eq(*taken, Some(1), "the item taken");
    run.assert_eq(second, &Poll::Ready(Ok(())), "the waiting send's second poll: in");
    run.assert_eq(*items, [Some(2), Some(3)], "the items taken after it");
    run.assert_eq(
        *woken,
        1,
        "wakes of the waiting send's waker: 1, when the slot was freed. A send that went ahead \
         has left the line, and the later takes have no reason to wake it",
    );
}

/// Senders that each send their items, with a pause before each, and a
/// receiver that pauses before each `recv`, and may drop the channel early.
#[derive(Clone, Debug)]
struct Traffic {
    capacity: usize,
    senders: Vec<Vec<(Duration, u32)>>,
    receiver_pauses: Vec<Duration>,
    /// The receiver is dropped after taking this many items.
    stop_after: Option<usize>,
}

fn traffic(g: &mut Gen) -> Traffic {
    let senders = g.count_from(1).min(4);
    let senders = g.items(senders, |g| {
        let items = g.count();
        g.items(items, |g| {
            (g.duration(millis(0), millis(1500), millis(250)), g.between(1, 9) as u32)
        })
    });
    let total: usize = senders.iter().map(Vec::len).sum();
    let capacity = match g.below(3) {
        0 => 1,
        1 => g.between(2, 4) as usize,
        _ => total + 1,
    };
    let pauses = g.count_from(1);
    let receiver_pauses = g.items(pauses, |g| g.duration(millis(0), millis(1000), millis(250)));
    let stop_after = g.chance(25).then(|| g.below(total as u64 + 1) as usize);
    Traffic { capacity, senders, receiver_pauses, stop_after }
}

/// What the receiver got and when (in ms), and what each send returned and
/// when it returned.
type Delivered = (Vec<(u128, u32)>, Vec<Vec<(u128, Result<(), u32>)>>);

macro_rules! deliver {
    ($module:path, $traffic:expr) => {{
        use $module as graded;
        let traffic: Traffic = $traffic;
        let start = Instant::now();
        let (sender, mut receiver) = graded::channel::<u32>(traffic.capacity);
        let senders: Vec<_> = traffic
            .senders
            .iter()
            .enumerate()
            .map(|(index, items)| {
                let (sender, items) = (sender.clone(), items.clone());
                tokio::spawn(async move {
                    let mut results = Vec::new();
                    for (pause, item) in items {
                        sleep(pause).await;
                        let label = format!("sender {index} sends {item}");
                        let sent = traced(&label, sender.send(item)).await;
                        let sent = sent.map_err(|graded::SendError(item)| item);
                        results.push((start.elapsed().as_millis(), sent));
                    }
                    results
                })
            })
            .collect();
        drop(sender);
        let mut received = Vec::new();
        for pause in traffic.receiver_pauses.iter().cycle() {
            if traffic.stop_after == Some(received.len()) {
                break;
            }
            sleep(*pause).await;
            let Some(item) = receiver.recv().await else { break };
            received.push((start.elapsed().as_millis(), item));
        }
        drop(receiver);
        let sent = joined(senders).await;
        let delivered: Delivered = (received, sent);
        delivered
    }};
}

async fn delivered_by_yours(traffic: Traffic) -> Delivered {
    deliver!(crate::exercise, traffic)
}

async fn delivered_by_the_reference(traffic: Traffic) -> Delivered {
    deliver!(crate::reference, traffic)
}

#[test]
fn channel_matches_the_reference_on_generated_traffic() {
    scenarios().compare(traffic, delivered_by_yours, delivered_by_the_reference);
}

// ------------------------------------------------------------------- chunks

#[test]
fn chunks_of_size_zero_panic() {
    let panicked = panics(|| {
        let (_sender, receiver) = channel::<u32>(1);
        let _ = chunks(receiver, 0);
    });

    assert_same(panicked, true, "whether `chunks(receiver, 0)` panicked: a chunk holds an item");
}

#[test]
fn chunks_take_what_is_queued_up_to_size_without_waiting() {
    let run = grade(|| async {
        let (sender, receiver) = channel(5);
        for item in [4, 1, 3, 2] {
            let _ = sender.send(item).await;
        }
        let mut stream = chunks(receiver, 3);
        let first = probe(stream.next()).run().await;
        let second = probe(stream.next()).run().await;
        drop(sender);
        (first, second, stream.next().await)
    });

    let (first, second, last) = &run.value;
    assert_returned(&run, first, Some(vec![4, 1, 3]), "the first chunk: three of the four");
    assert_returned(&run, second, Some(vec![2]), "the second chunk: what was left, at once");
    run.assert_eq((first.counts.polls, second.counts.polls), (1, 1), "polls of each chunk");
    run.assert_eq(
        (first.counts.wakes, second.counts.wakes),
        (0, 0),
        "wakes of each chunk: a stream that returns Ready wakes no one, itself included (the \
         consumer asks for the next chunk when it wants it)",
    );
    run.assert_eq(last.clone(), None, "after the close, with nothing queued");
    run.assert_took(0);
}

#[test]
fn chunks_wait_for_the_first_item_then_take_what_came_with_it() {
    let run = grade(|| async {
        let (sender, receiver) = channel(4);
        let later = tokio::spawn(async move {
            sleep(units(2)).await;
            for item in [8, 6, 7] {
                let _ = sender.send(item).await;
            }
            sleep(units(1)).await;
        });
        let mut stream = chunks(receiver, 5);
        let probed = probe(stream.next()).run().await;
        let at = Instant::now();
        joined(vec![later]).await;
        (probed, at, stream.next().await)
    });

    let (probed, _, last) = &run.value;
    assert_returned(
        &run,
        probed,
        Some(vec![8, 6, 7]),
        "the chunk: the three items sent at 2, in one go before the stream ran",
    );
    run.assert_eq(probed.counts.polls, 2, "polls of the chunk: empty, then woken by a send");
    run.assert_eq(last.clone(), None, "after the sender was dropped at 3");
    run.assert_took(3);
}

#[test]
fn chunks_end_when_the_channel_is_closed_and_empty() {
    let run = grade(|| async {
        let (sender, receiver) = channel(4);
        let _ = sender.send(1).await;
        let _ = sender.send(2).await;
        let dropper = tokio::spawn(async move {
            sleep(units(4)).await;
            drop(sender);
        });
        let mut stream = chunks(receiver, 2);
        let first = stream.next().await;
        let waited = probe(stream.next()).run().await;
        joined(vec![dropper]).await;
        (first, waited)
    });

    let (first, waited) = &run.value;
    run.assert_eq(first.clone(), Some(vec![1, 2]), "the first chunk, queued before the close");
    assert_returned(&run, waited, None, "the end of the stream, when the sender was dropped");
    run.assert_eq(waited.counts.polls, 2, "polls of the end: empty, then woken by the close");
    run.assert_took(4);
}

/// Items sent at given times, some in one go, then the close; a stream of
/// chunks of `size`, read with a pause after each chunk.
#[derive(Clone, Debug)]
struct Batches {
    capacity: usize,
    size: usize,
    /// A pause, then items sent one after the other.
    sends: Vec<(Duration, Vec<u32>)>,
    reader_pauses: Vec<Duration>,
}

fn batches(g: &mut Gen) -> Batches {
    let bursts = g.count();
    let sends = g.items(bursts, |g| {
        let items = g.count_from(1);
        (
            g.duration(millis(0), millis(1500), millis(250)),
            g.items(items, |g| g.between(1, 9) as u32),
        )
    });
    let capacity = g.between(1, 6) as usize;
    let size = g.between(1, 5) as usize;
    let pauses = g.count_from(1);
    let reader_pauses = g.items(pauses, |g| g.duration(millis(0), millis(1000), millis(250)));
    Batches { capacity, size, sends, reader_pauses }
}

/// Each chunk and when it came (in ms), then when the stream ended.
type Read = (Vec<(u128, Vec<u32>)>, u128);

macro_rules! read_chunks {
    ($module:path, $batches:expr) => {{
        use $module as graded;
        let batches: Batches = $batches;
        let start = Instant::now();
        let (sender, receiver) = graded::channel::<u32>(batches.capacity);
        let producer = tokio::spawn(async move {
            for (pause, items) in batches.sends {
                sleep(pause).await;
                for item in items {
                    let _ = sender.send(item).await;
                }
            }
        });
        let mut stream = graded::chunks(receiver, batches.size);
        let mut read = Vec::new();
        let mut pauses = batches.reader_pauses.iter().cycle();
        while let Some(chunk) = stream.next().await {
            read.push((start.elapsed().as_millis(), chunk));
            sleep(*pauses.next().expect("a pause")).await;
        }
        let ended = start.elapsed().as_millis();
        joined(vec![producer]).await;
        let read: Read = (read, ended);
        read
    }};
}

async fn read_by_yours(batches: Batches) -> Read {
    read_chunks!(crate::exercise, batches)
}

async fn read_by_the_reference(batches: Batches) -> Read {
    read_chunks!(crate::reference, batches)
}

#[test]
fn chunks_match_the_reference_on_generated_sends() {
    scenarios().compare(batches, read_by_yours, read_by_the_reference);
}

// ------------------------------------------------------- produce_and_consume

#[test]
fn produce_and_consume_nine_items_in_a_channel_of_five_with_two_consumers() {
    let run = grade(|| produce_and_consume(9, 5, 2, work_on_tokio));

    run.assert_value(
        vec![vec![1, 3, 5, 7, 9], vec![2, 4, 6, 8]],
        "what each consumer did, consumer 1 first",
    );
    run.assert_took(5);
    run.assert_timeline(&[
        finished("consumer 1: item 1", 0, 1),
        finished("consumer 2: item 2", 0, 1),
        finished("consumer 1: item 3", 1, 2),
        finished("consumer 2: item 4", 1, 2),
        finished("consumer 1: item 5", 2, 3),
        finished("consumer 2: item 6", 2, 3),
        finished("consumer 1: item 7", 3, 4),
        finished("consumer 2: item 8", 3, 4),
        finished("consumer 1: item 9", 4, 5),
    ]);
}

#[test]
fn produce_and_consume_with_no_items_returns_at_once() {
    let run = grade(|| produce_and_consume(0, 3, 3, work_on_tokio));

    run.assert_value(vec![vec![], vec![], vec![]], "what each of the three consumers did");
    run.assert_took(0);
}

#[test]
fn produce_and_consume_spawns_nothing_and_runs_on_any_executor() {
    // futures' `block_on` is an executor with no tokio runtime around it, so
    // `tokio::spawn` panics there; the work here needs no timer.
    let outcome = run_bounded(SYNC_HANG_LIMIT, "", || {
        panic::catch_unwind(|| {
            futures::executor::block_on(produce_and_consume(7, 2, 3, |_, _| async {}))
        })
        .map_err(|_| ())
    });

    let Ok(done) = outcome else {
        return assert_same(
            "it panicked",
            "it returned",
            "how produce_and_consume ended on an executor that is not tokio: spawn nothing, and \
             join the producer and the consumers in the task that awaits it",
        );
    };
    let mut items: Vec<u32> = done.concat();
    items.sort_unstable();
    assert_same(items, (1..=7).collect(), "every item, each done once, on another executor");
    assert_same(done.len(), 3, "how many consumers reported");
}

/// A producer-consumer whose work for each item takes `durations[item % n]`.
#[derive(Clone, Debug)]
struct Shop {
    count: u32,
    capacity: usize,
    consumers: usize,
    durations: Vec<Duration>,
}

fn shop(g: &mut Gen) -> Shop {
    let count = g.count() as u32 * 2;
    let capacity = match g.below(3) {
        0 => 1,
        1 => g.between(2, 5) as usize,
        _ => count as usize + 1,
    };
    let consumers = g.between(1, 4) as usize;
    let durations = g.count_from(1);
    // At least one step long: work of no time at all would let one consumer
    // take several items at one instant, where the spec fixes only the order
    // in which consumers that are free together take theirs.
    let durations = g.items(durations, |g| g.duration(millis(250), millis(2000), millis(250)));
    Shop { count, capacity, consumers, durations }
}

macro_rules! run_shop {
    ($function:path, $shop:expr) => {{
        let shop: Shop = $shop;
        let durations = shop.durations.clone();
        let work = move |consumer: usize, item: u32| {
            let duration = durations[item as usize % durations.len()];
            async move { traced(&work_label(consumer, item), sleep(duration)).await }
        };
        $function(shop.count, shop.capacity, shop.consumers, work).await
    }};
}

async fn shop_of_yours(shop: Shop) -> Vec<Vec<u32>> {
    run_shop!(produce_and_consume, shop)
}

async fn shop_of_the_reference(shop: Shop) -> Vec<Vec<u32>> {
    run_shop!(reference::produce_and_consume, shop)
}

#[test]
fn produce_and_consume_matches_the_reference_on_generated_runs() {
    scenarios().compare(shop, shop_of_yours, shop_of_the_reference);
}

// ------------------------------------------------------ run_on_your_executor

const EXECUTOR_HANG: &str = "If it hangs: your lesson 23 `run_tasks` stops when no task is \
     ready and no timer is set, and your channel wakes whoever waits when something changes (a \
     task nobody wakes is never polled again, and `run_tasks` returns without it).";

/// Each row's label, start, end and outcome, sorted.
fn comparable(spans: &[Span]) -> Vec<(String, Duration, Duration, timeline::Outcome)> {
    let mut rows: Vec<_> =
        spans.iter().map(|span| (span.label.clone(), span.start, span.end, span.outcome)).collect();
    rows.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    rows
}

/// The same program on tokio, with the reference: what it returned, and
/// its timeline.
fn on_tokio(count: u32, capacity: usize, consumers: usize) -> (Vec<Vec<u32>>, Vec<Span>) {
    let run =
        grade(move || reference::produce_and_consume(count, capacity, consumers, work_on_tokio));
    (run.value, run.timeline.spans().to_vec())
}

/// Yours on your executor: what it returned, and the timeline in the log.
fn on_your_executor(count: u32, capacity: usize, consumers: usize) -> (Vec<Vec<u32>>, Log) {
    let log = Log::new();
    let theirs = log.clone();
    let done = run_bounded(SYNC_HANG_LIMIT, EXECUTOR_HANG, move || {
        run_on_your_executor(count, capacity, consumers, &theirs)
    });
    (done, log)
}

#[track_caller]
fn assert_same_as_on_tokio(count: u32, capacity: usize, consumers: usize) {
    let (done, log) = on_your_executor(count, capacity, consumers);
    let (expected, spans) = on_tokio(count, capacity, consumers);
    let what = format!("{count} items, capacity {capacity}, {consumers} consumers");
    assert_same(done, expected, &format!("what each consumer did ({what})"));
    assert_same(
        comparable(log.timeline().spans()),
        comparable(&spans),
        &format!(
            "the timeline on your executor ({what}), next to the same program's on tokio:\n{}",
            log.timeline(),
        ),
    );
}

#[test]
fn run_on_your_executor_draws_the_timeline_tokio_draws() {
    let (done, log) = on_your_executor(9, 5, 2);

    assert_same(done, vec![vec![1, 3, 5, 7, 9], vec![2, 4, 6, 8]], "what each consumer did");
    assert_same(log.done_at("consumer 1: item 9"), Some(units(5)), "when the last item was done");
    assert_same_as_on_tokio(9, 5, 2);
}

#[test]
fn run_on_your_executor_passes_its_capacity_on() {
    // With 1 unit of work per item, the capacity changes neither the
    // timeline nor the result; a capacity of 0 is the one that shows.
    let panicked = panics(|| {
        let _ = run_on_your_executor(4, 0, 2, &Log::new());
    });

    assert_same(
        panicked,
        true,
        "whether `run_on_your_executor(4, 0, 2, ..)` panicked: it runs `produce_and_consume` \
         with a capacity of 0, and `channel(0)` panics",
    );
}

#[test]
fn run_on_your_executor_matches_tokio_on_generated_runs() {
    let seed = std::env::var(SEED_VARIABLE).ok().and_then(|text| text.parse().ok()).unwrap_or(25);
    for index in 0..40u64 {
        let mut g = Gen::new(seed ^ index.wrapping_mul(0x9E37_79B9), (index / 5) as usize + 1);
        let count = g.count() as u32 * 2;
        let capacity = g.between(1, count as u64 + 2) as usize;
        let consumers = g.between(1, 4) as usize;
        assert_same_as_on_tokio(count, capacity, consumers);
    }
}

// Keeps the types named in the doc comments in use here, so that a change
// of their shape shows as a compile error in this file too.
#[allow(dead_code)]
fn the_ends(
    sender: Sender<u32>,
    receiver: Receiver<u32>,
) -> (Sender<u32>, Receiver<u32>, Duration) {
    (sender, receiver, UNIT)
}
