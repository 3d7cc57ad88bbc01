//! Lesson 10: producer and consumer.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use timeline::grade::{Run, finished, grade, timed, units};
use tokio::sync::{Mutex, mpsc};
use tokio::time::{Instant, sleep, sleep_until};

use crate::exercise::{
    CAPACITY, consume, pipeline, process_in_rounds, run_until_stopped, share_work,
};

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
