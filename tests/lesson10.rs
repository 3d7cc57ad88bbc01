//! Lesson 10: producer and consumer.
//!
//! Below the named tests, scenario tests compare each function with the
//! reference solution on generated work: counts and capacities where the
//! channel fills and where it never does, batches and rounds of any size
//! (empty ones too) with items that repeat, consumers from one to more than
//! there is work for, items that arrive between whole units, and a stop at
//! any moment.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use futures::future::join_all;
use timeline::grade::{Gen, Observed, Run, finished, grade, scenarios, timed, units};
use tokio::sync::{Mutex, mpsc};
use tokio::time::{Instant, sleep, sleep_until};

use crate::exercise::{
    CAPACITY, SharedReceiver, Shutdown, consume, pipeline, process_in_rounds, run_until_stopped,
    share_work,
};
use crate::reference;

/// The items of the "process N" rows on the timeline, sorted: what was
/// really processed, whatever the code returned.
fn processed_on_the_timeline<T>(run: &Run<T>) -> Vec<u32> {
    let items = run.timeline.spans().iter().filter_map(|row| row.label.strip_prefix("process "));
    sorted(items.map(|item| item.parse().expect("a number after \"process \"")).collect())
}

/// How many different tokio tasks ran the "process N" rows.
fn processing_tasks<T>(run: &Run<T>) -> usize {
    let rows = run.timeline.spans().iter().filter(|row| row.label.starts_with("process "));
    rows.map(|row| row.tokio_task.clone()).collect::<BTreeSet<_>>().len()
}

fn sorted(mut items: Vec<u32>) -> Vec<u32> {
    items.sort_unstable();
    items
}

/// The "process N" rows ran in exactly `consumers` spawned tasks: the
/// consumers are tasks of their own, as many as asked for.
#[track_caller]
fn assert_consumer_tasks<T>(run: &Run<T>, consumers: usize) {
    let in_place = run
        .timeline
        .spans()
        .iter()
        .any(|row| row.label.starts_with("process ") && row.tokio_task.is_none());
    run.assert_that(
        !in_place,
        "the items should be processed by consumer tasks started with `tokio::spawn`; some \
         were processed inside your function itself",
    );
    run.assert_eq(
        processing_tasks(run),
        consumers,
        "how many consumer tasks processed the items: one per consumer asked for",
    );
}

/// Each batch was put by a spawned producer task of its own: the first put
/// of every batch ran in a different spawned task.
#[track_caller]
fn assert_one_producer_task_per_batch<T>(run: &Run<T>, batches: &[Vec<u32>]) {
    let first_puts: Vec<String> = batches
        .iter()
        .filter_map(|batch| batch.first())
        .map(|item| format!("put {item}"))
        .collect();
    let labels: Vec<&str> = first_puts.iter().map(String::as_str).collect();
    run.assert_spawned(&labels);
}

#[test]
fn pipeline_makes_the_producer_wait_while_the_channel_is_full() {
    let run = grade(|| pipeline(5, 2));

    run.assert_value(vec![1, 2, 3, 4, 5], "every item, processed in the order it was put");
    // Two items fit in the channel and one is in the consumer's hands: put 4
    // and put 5 each wait until the consumer takes the next item.
    run.assert_timeline(&[
        finished("put 1", 0, 0),
        finished("put 2", 0, 0),
        finished("put 3", 0, 0),
        finished("put 4", 0, 1),
        finished("put 5", 1, 2),
        finished("process 1", 0, 1),
        finished("process 2", 1, 2),
        finished("process 3", 2, 3),
        finished("process 4", 3, 4),
        finished("process 5", 4, 5),
    ]);
    run.assert_took(5);
}

#[test]
fn pipeline_with_room_for_one_item_waits_from_the_third_put_on() {
    let run = grade(|| pipeline(4, 1));

    run.assert_value(vec![1, 2, 3, 4], "every item, processed in the order it was put");
    run.assert_timeline(&[
        finished("put 1", 0, 0),
        finished("put 2", 0, 0),
        finished("put 3", 0, 1),
        finished("put 4", 1, 2),
        finished("process 1", 0, 1),
        finished("process 2", 1, 2),
        finished("process 3", 2, 3),
        finished("process 4", 3, 4),
    ]);
    run.assert_took(4);
}

#[test]
fn pipeline_with_room_for_three_items_waits_from_the_fifth_put_on() {
    let run = grade(|| pipeline(6, 3));

    run.assert_value(vec![1, 2, 3, 4, 5, 6], "every item, processed in the order it was put");
    run.assert_timeline(&[
        finished("put 1", 0, 0),
        finished("put 2", 0, 0),
        finished("put 3", 0, 0),
        finished("put 4", 0, 0),
        finished("put 5", 0, 1),
        finished("put 6", 1, 2),
        finished("process 1", 0, 1),
        finished("process 2", 1, 2),
        finished("process 3", 2, 3),
        finished("process 4", 3, 4),
        finished("process 5", 4, 5),
        finished("process 6", 5, 6),
    ]);
    run.assert_took(6);
}

#[test]
fn pipeline_of_no_items_returns_at_once() {
    let run = grade(|| pipeline(0, 3));

    run.assert_value(Vec::new(), "no items to process");
    run.assert_took(0);
}

#[test]
fn consume_shares_the_work_and_returns_only_when_the_last_sender_is_dropped() {
    let run = grade(|| async {
        let start = Instant::now();
        let (sender, receiver) = mpsc::channel(CAPACITY);
        let receiver = Arc::new(Mutex::new(receiver));
        let first = tokio::spawn(timed(consume(Arc::clone(&receiver))));
        let second = tokio::spawn(timed(consume(receiver)));
        for item in 1..=5 {
            sender.send(item).await.expect("the consumers are gone");
        }
        // The consumers run out of work at 3; the channel stays open until 6.
        sleep_until(start + units(6)).await;
        drop(sender);
        let first = first.await.expect("a consumer panicked");
        let second = second.await.expect("a consumer panicked");
        (first, second)
    });

    // Two at a time: a consumer must not keep the lock while it processes.
    run.assert_timeline(&[
        finished("process 1", 0, 1),
        finished("process 2", 0, 1),
        finished("process 3", 1, 2),
        finished("process 4", 1, 2),
        finished("process 5", 2, 3),
    ]);

    let ((first, first_returned), (second, second_returned)) = &run.value;
    run.assert_that(
        !first.is_empty() && !second.is_empty(),
        &format!(
            "both consumers should process items, but one processed {first:?} and the other \
             {second:?}"
        ),
    );
    run.assert_eq(
        sorted([first.as_slice(), second.as_slice()].concat()),
        vec![1, 2, 3, 4, 5],
        "together the consumers must return every item exactly once",
    );
    run.assert_eq(
        (*first_returned, *second_returned),
        (units(6), units(6)),
        "a consumer returns when recv() gives None: at 6, when the sender is dropped; the \
         channel is empty from 2 on, but more items could still come",
    );
}

#[test]
fn share_work_processes_every_item_exactly_once_for_any_producers_and_consumers() {
    // (producers, consumers, items per producer)
    let cases = [(1, 1, 5), (3, 2, 4), (2, 5, 5), (4, 4, 3), (2, 3, 4), (3, 2, 0)];
    for (producers, consumers, per_producer) in cases {
        let case = format!(
            "{producers} producer(s) of {per_producer} item(s) each, {consumers} consumer(s)"
        );
        println!("case: {case}");
        // Producer p puts p01, p02, ...: every item is different.
        let batches: Vec<Vec<u32>> = (1..=producers)
            .map(|producer| (1..=per_producer).map(|n| producer * 100 + n).collect())
            .collect();
        let produced = sorted(batches.concat());
        let asked = batches.clone();
        let run = grade(move || share_work(asked, consumers));

        run.assert_eq(
            sorted(run.value.clone()),
            produced.clone(),
            &format!("{case}: the items returned, sorted: every item put, once"),
        );
        run.assert_eq(
            processed_on_the_timeline(&run),
            produced.clone(),
            &format!("{case}: the items processed, sorted: every item once, none lost, none twice"),
        );
        if !produced.is_empty() {
            assert_one_producer_task_per_batch(&run, &batches);
            assert_consumer_tasks(&run, consumers);
        }
        // The consumers are the bottleneck and never idle while work is left.
        let total = produced.len() as u64;
        run.assert_took(total.div_ceil(consumers as u64));
    }
}

#[test]
fn process_in_rounds_joins_when_every_item_so_far_is_processed() {
    let run = grade(|| process_in_rounds(vec![vec![1, 2, 3, 4, 5], vec![6, 7, 8]], 2));

    run.assert_value(
        vec![units(3), units(5)],
        "when each round was done: the first when its last item was processed (3), not when \
         the channel was empty (2, when item 5 was taken)",
    );
    run.assert_timeline(&[
        finished("put 1", 0, 0),
        finished("put 2", 0, 0),
        finished("put 3", 0, 0),
        finished("put 4", 0, 0),
        finished("put 5", 0, 1),
        finished("process 1", 0, 1),
        finished("process 2", 0, 1),
        finished("process 3", 1, 2),
        finished("process 4", 1, 2),
        finished("process 5", 2, 3),
        finished("put 6", 3, 3),
        finished("put 7", 3, 3),
        finished("put 8", 3, 3),
        finished("process 6", 3, 4),
        finished("process 7", 3, 4),
        finished("process 8", 4, 5),
    ]);
    run.assert_eq(
        processing_tasks(&run),
        2,
        "how many tasks processed the items: the same 2 consumer tasks should process both \
         rounds; keep them alive between rounds instead of closing the channel to wait for them",
    );
    run.assert_took(5);
}

#[test]
fn process_in_rounds_with_one_consumer() {
    let run = grade(|| process_in_rounds(vec![vec![1, 2], vec![3], vec![4, 5]], 1));

    run.assert_value(
        vec![units(2), units(3), units(5)],
        "when each round's last item was processed",
    );
    run.assert_eq(
        processing_tasks(&run),
        1,
        "how many tasks processed the items: one consumer task, kept alive for every round",
    );
    run.assert_took(5);
}

#[test]
fn process_in_rounds_with_three_consumers() {
    let rounds = vec![vec![1, 2, 3, 4, 5, 6, 7], vec![8, 9, 10, 11]];
    let run = grade(|| process_in_rounds(rounds, 3));

    run.assert_value(
        vec![units(3), units(5)],
        "when each round was done: items 1 to 7 three at a time end at 3 (the channel is \
         empty from 2 on), items 8 to 11 at 5",
    );
    assert_consumer_tasks(&run, 3);
    run.assert_took(5);
}

#[test]
fn run_until_stopped_stops_the_producer_at_once_and_drains_the_channel() {
    let run = grade(|| run_until_stopped(sleep(Duration::from_millis(4500)), 1));

    let report = &run.value;
    run.assert_eq(
        report.produced.clone(),
        (1..=7).collect::<Vec<_>>(),
        "the items produced: at 4.5 the producer was waiting in put 8; stopped there, item 8 \
         never reached the channel and does not count as produced",
    );
    run.assert_eq(
        sorted(report.processed.clone()),
        report.produced.clone(),
        "the items processed, sorted: every item produced must be processed, the ones still in \
         the channel too",
    );
    run.assert_eq(
        processed_on_the_timeline(&run),
        report.produced.clone(),
        "the items the timeline shows processed: those produced",
    );
    run.assert_not_spawned(&["put 1", "put 7"]);
    assert_consumer_tasks(&run, 1);
    run.assert_took(7);
}

#[test]
fn run_until_stopped_with_three_consumers() {
    let run = grade(|| run_until_stopped(sleep(Duration::from_millis(2500)), 3));

    let report = &run.value;
    run.assert_eq(
        report.produced.clone(),
        (1..=11).collect::<Vec<_>>(),
        "the items produced: at 0, 1 and 2 the consumers take 3 items each and the producer \
         fills the channel again; at 2.5, 9 items are taken, 2 are in the channel and put 12 \
         waits",
    );
    run.assert_eq(
        sorted(report.processed.clone()),
        report.produced.clone(),
        "the items processed, sorted: every item produced must be processed, the ones still in \
         the channel too",
    );
    run.assert_eq(
        processed_on_the_timeline(&run),
        report.produced.clone(),
        "the items the timeline shows processed: those produced",
    );
    run.assert_not_spawned(&["put 1", "put 11"]);
    assert_consumer_tasks(&run, 3);
    run.assert_took(4);
}

// Scenario tests: each function on generated work, compared with the
// reference solution. Where the spec leaves a choice (which consumer takes
// an item, in which order several producers' items meet in the channel,
// the order of the processed items), only what it fixes is compared.

#[test]
fn pipeline_matches_the_reference_on_generated_counts_and_capacities() {
    scenarios().compare(
        |g| {
            let count = g.count();
            (count as u32, generated_capacity(g, count))
        },
        |(count, capacity)| pipeline(count, capacity),
        |(count, capacity)| reference::pipeline(count, capacity),
    );
}

#[test]
fn consume_matches_the_reference_on_generated_deliveries() {
    scenarios().compare_by(
        generated_deliveries,
        |deliveries| deliver(deliveries, consume),
        |deliveries| deliver(deliveries, reference::consume),
        what_the_consumers_did,
    );
}

#[test]
fn share_work_matches_the_reference_on_generated_batches() {
    scenarios().compare_by(
        generated_batches,
        |(batches, consumers)| share_work(batches, consumers),
        |(batches, consumers)| reference::share_work(batches, consumers),
        how_the_work_was_shared,
    );
}

#[test]
fn process_in_rounds_matches_the_reference_on_generated_rounds() {
    scenarios().compare_by(
        generated_rounds,
        |(rounds, consumers)| async move { (process_in_rounds(rounds, consumers).await, consumers) },
        |(rounds, consumers)| async move {
            (reference::process_in_rounds(rounds, consumers).await, consumers)
        },
        with_consumer_tasks,
    );
}

#[test]
fn run_until_stopped_matches_the_reference_on_generated_stops() {
    scenarios().compare_by(
        |g| (generated_stop(g), g.between(1, 4) as usize),
        |(stop_at, consumers)| run_until_stopped(sleep(stop_at), consumers),
        |(stop_at, consumers)| reference::run_until_stopped(sleep(stop_at), consumers),
        what_was_produced_and_processed,
    );
}

/// A channel capacity from 1 to one more than `count` items: below `count`
/// the producer has to wait for room, from `count` on it never does.
fn generated_capacity(g: &mut Gen, count: usize) -> usize {
    g.between(1, count as u64 + 1) as usize
}

/// Items that repeat: what is put is not always different.
fn generated_item(g: &mut Gen) -> u32 {
    g.between(1, 20) as u32
}

/// How [`deliver`] feeds the consumers.
#[derive(Clone, Debug)]
struct Deliveries {
    consumers: usize,
    /// Each item, and how long after the one before it it is sent.
    items: Vec<(u32, Duration)>,
    /// How long after the last item the sender is dropped.
    close_after: Duration,
}

/// 1 to 4 consumers; items sent together or apart, between whole units
/// too, so that a consumer is sometimes idle when one arrives; the channel
/// closed at once or later.
fn generated_deliveries(g: &mut Gen) -> Deliveries {
    let count = g.count();
    let gap = |g: &mut Gen| {
        if g.chance(40) { Duration::ZERO } else { g.duration(Duration::ZERO, units(2), units(1)) }
    };
    Deliveries {
        consumers: g.between(1, 4) as usize,
        items: g.items(count, |g| (generated_item(g), gap(g))),
        close_after: g.duration(Duration::ZERO, units(3), units(1)),
    }
}

/// What one consumer task gave back: its task's id, the items it returned
/// and when it returned.
type Consumed = (String, Vec<u32>, Duration);

/// Spawns the consumers, each running `consume` on one shared receiver,
/// sends the items at their times, drops the sender, and waits for them.
async fn deliver<Consume, Work>(deliveries: Deliveries, consume: Consume) -> Vec<Consumed>
where
    Consume: Fn(SharedReceiver) -> Work,
    Work: Future<Output = Vec<u32>> + Send + 'static,
{
    let start = Instant::now();
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let consumers: Vec<_> = (0..deliveries.consumers)
        .map(|_| {
            let work = consume(Arc::clone(&receiver));
            tokio::spawn(async move {
                let items = work.await;
                (tokio::task::id().to_string(), items, start.elapsed())
            })
        })
        .collect();
    for (item, gap) in deliveries.items {
        sleep(gap).await;
        sender.send(item).await.expect("the consumers are gone");
    }
    sleep(deliveries.close_after).await;
    drop(sender);
    join_all(consumers).await.into_iter().map(|done| done.expect("a consumer panicked")).collect()
}

/// What consume's spec fixes: every span (an item is processed as soon as
/// some consumer is free, whichever one that is), when the consumers
/// returned, and whether each returned the items it processed, in the
/// order it processed them.
fn what_the_consumers_did(run: &Run<Vec<Consumed>>) -> (Observed, Vec<Duration>, bool) {
    let mut returned: Vec<Duration> = run.value.iter().map(|(_, _, at)| *at).collect();
    returned.sort_unstable();
    let each_its_own = run.value.iter().all(|(task, items, _)| {
        let mut rows: Vec<_> = run
            .timeline
            .spans()
            .iter()
            .filter(|row| row.tokio_task.as_deref() == Some(task.as_str()))
            .collect();
        rows.sort_by_key(|row| row.start);
        let labels: Vec<String> = rows.iter().map(|row| row.label.clone()).collect();
        labels == items.iter().map(|item| format!("process {item}")).collect::<Vec<_>>()
    });
    let mut observed = Observed::of(run);
    observed.value = String::new();
    (observed, returned, each_its_own)
}

/// 0 to 4 batches of up to 6 items (empty ones too), and 1 to 4 consumers.
/// Batch `b`'s items are `100 * b` plus 1 to 6, so every item tells its
/// batch, and items repeat within a batch.
fn generated_batches(g: &mut Gen) -> (Vec<Vec<u32>>, usize) {
    let batches = g.between(0, 4) as u32;
    let batches = (1..=batches)
        .map(|batch| {
            let count = g.count().min(6);
            g.items(count, |g| 100 * batch + g.between(1, 6) as u32)
        })
        .collect();
    (batches, g.between(1, 4) as usize)
}

/// What share_work's spec fixes, whatever order the producers' items meet
/// in: every item returned and processed, once (both sorted); how many were
/// processed in each stretch of time (the consumers never idle while work
/// is left); how many consumer tasks took part and whether any item was
/// processed outside them; when each batch's first put started (every
/// producer starts at once); and when the function returned.
fn how_the_work_was_shared(run: &Run<Vec<u32>>) -> SharedWork {
    let rows = run.timeline.spans();
    let processing: Vec<_> = rows.iter().filter(|row| row.label.starts_with("process ")).collect();
    let mut times: Vec<(Duration, Duration)> =
        processing.iter().map(|row| (row.start, row.end)).collect();
    times.sort_unstable();
    let tasks: BTreeSet<_> = processing.iter().filter_map(|row| row.tokio_task.clone()).collect();
    let processed = processed_on_the_timeline(run);
    let batches = run.value.iter().chain(&processed).map(|item| item / 100);
    let first_puts = (1..=batches.max().unwrap_or(0))
        .map(|batch| {
            rows.iter()
                .filter(|row| {
                    row.label
                        .strip_prefix("put ")
                        .and_then(|n| n.parse::<u32>().ok())
                        .is_some_and(|item| item / 100 == batch)
                })
                .map(|row| row.start)
                .min()
        })
        .collect();
    SharedWork {
        returned_items: sorted(run.value.clone()),
        processed_items: processed,
        processing_times: times,
        consumer_tasks: tasks.len(),
        processed_in_place: processing.iter().filter(|row| row.tokio_task.is_none()).count(),
        first_puts,
        returned: run.elapsed,
    }
}

/// What [`how_the_work_was_shared`] compares.
#[derive(Debug, PartialEq)]
struct SharedWork {
    returned_items: Vec<u32>,
    processed_items: Vec<u32>,
    processing_times: Vec<(Duration, Duration)>,
    consumer_tasks: usize,
    processed_in_place: usize,
    first_puts: Vec<Option<Duration>>,
    returned: Duration,
}

/// 0 to 4 rounds of up to 6 items (empty rounds too), and 1 to 4 consumers.
fn generated_rounds(g: &mut Gen) -> (Vec<Vec<u32>>, usize) {
    let rounds = g.between(0, 4) as usize;
    let rounds = g.items(rounds, |g| {
        let count = g.count().min(6);
        g.items(count, generated_item)
    });
    (rounds, g.between(1, 4) as usize)
}

/// The default observation (one producer, so every put and every item's
/// processing has its time), with how many items were processed outside a
/// consumer task and whether more consumer tasks took part than were asked
/// for (new consumers for each round). The run returns the times and the
/// number of consumers asked for.
fn with_consumer_tasks(run: &Run<(Vec<Duration>, usize)>) -> (Observed, usize, bool) {
    let processing = run.timeline.spans().iter().filter(|row| row.label.starts_with("process "));
    let in_place = processing.clone().filter(|row| row.tokio_task.is_none()).count();
    let tasks: BTreeSet<_> = processing.filter_map(|row| row.tokio_task.clone()).collect();
    (Observed::of(run), in_place, tasks.len() > run.value.1)
}

/// A stop at any moment up to 6 units, never on a whole unit: there a put
/// ends as the stop comes, and either may win.
fn generated_stop(g: &mut Gen) -> Duration {
    units(g.between(0, 5)) + Duration::from_millis(g.between(1, 999))
}

/// What run_until_stopped's spec fixes: what was produced, in order; what
/// was processed, in any order (sorted); every span; when it returned; how
/// many consumer tasks processed items, and how many items were processed
/// outside them.
fn what_was_produced_and_processed(
    run: &Run<Shutdown>,
) -> (Vec<u32>, Vec<u32>, Observed, usize, usize) {
    let processing: Vec<_> =
        run.timeline.spans().iter().filter(|row| row.label.starts_with("process ")).collect();
    let tasks: BTreeSet<_> = processing.iter().filter_map(|row| row.tokio_task.clone()).collect();
    let in_place = processing.iter().filter(|row| row.tokio_task.is_none()).count();
    let mut observed = Observed::of(run);
    observed.value = String::new();
    (
        run.value.produced.clone(),
        sorted(run.value.processed.clone()),
        observed,
        tasks.len(),
        in_place,
    )
}
