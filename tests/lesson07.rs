//! Lesson 07: wait: first completed, first exception, all completed.
//!
//! Where your function hands back tasks that are still running, the test
//! waits for them afterwards: they must end at their own times, with their
//! own results, neither cancelled nor started again.

use std::time::Duration;

use timeline::grade::{finished, grade, timed, units};
use tokio::sync::mpsc;
use tokio::task::{JoinHandle, JoinSet};

use crate::exercise::{
    Job, all_completed, batch_items, first_completed, first_exception, send_items,
    wait_with_progress,
};

/// A 3 units, B 1 unit, C 2 units: they end in the order B, C, A.
fn jobs_that_all_succeed() -> Vec<Job> {
    vec![
        Job { name: "A", units: 3, result: Ok(10) },
        Job { name: "B", units: 1, result: Ok(20) },
        Job { name: "C", units: 2, result: Ok(30) },
    ]
}

/// The same, but B fails with "oops!", first of all.
fn jobs_where_b_fails_first() -> Vec<Job> {
    vec![
        Job { name: "A", units: 3, result: Ok(10) },
        Job { name: "B", units: 1, result: Err("oops!") },
        Job { name: "C", units: 2, result: Ok(30) },
    ]
}

/// B succeeds at 1, C fails with "oops!" at 2, A and D are still running.
fn jobs_where_c_fails_second() -> Vec<Job> {
    vec![
        Job { name: "A", units: 3, result: Ok(10) },
        Job { name: "B", units: 1, result: Ok(20) },
        Job { name: "C", units: 2, result: Err("oops!") },
        Job { name: "D", units: 5, result: Ok(40) },
    ]
}

/// `Err(message)`, as a job's failure comes back.
fn failed(message: &str) -> Result<u32, String> {
    Err(message.to_string())
}

/// How many of the handles your function gave back still run.
fn still_running(handles: &[JoinHandle<Result<u32, String>>]) -> usize {
    handles.iter().filter(|handle| !handle.is_finished()).count()
}

/// Awaits the handles your function gave back, as `asyncio.wait(pending)`
/// would, and sorts what they give; a task that did not run to its end
/// shows up as an `Err` saying so.
async fn wait_for_handles(
    handles: Vec<JoinHandle<Result<u32, String>>>,
) -> Vec<Result<u32, String>> {
    let mut results = Vec::new();
    for handle in handles {
        results.push(handle.await.unwrap_or_else(|error| Err(error.to_string())));
    }
    results.sort();
    results
}

/// Awaits every task left in the set, in the order they end.
async fn wait_for_set(mut set: JoinSet<Result<u32, String>>) -> Vec<Result<u32, String>> {
    let mut results = Vec::new();
    while let Some(joined) = set.join_next().await {
        results.push(joined.unwrap_or_else(|error| Err(error.to_string())));
    }
    results
}

#[test]
fn first_completed_returns_the_first_result_and_the_others_still_running() {
    let run = grade(|| async {
        let ((first, pending), returned_after) =
            timed(first_completed(jobs_that_all_succeed())).await;
        let still_running = still_running(&pending);
        let rest = wait_for_handles(pending).await;
        (first, returned_after, still_running, rest)
    });

    let (first, returned_after, still_running, rest) = run.value.clone();
    run.assert_eq(first, Ok(20), "the first result is B's, which ends first, at 1");
    run.assert_eq(returned_after, units(1), "return as soon as B ends, not when all have");
    run.assert_eq(still_running, 2, "hand back the handles of A and C while they still run");
    run.assert_eq(
        rest,
        vec![Ok(10), Ok(30)],
        "A and C, awaited later, give their own results (an error here means a task was \
         cancelled: do not abort the tasks you hand back)",
    );
    run.assert_spawned(&["A", "B", "C"]);
    // Not cancelled, not started again: A and C end at 3 and 2, as if nobody
    // had looked at B.
    run.assert_timeline(&[finished("A", 0, 3), finished("B", 0, 1), finished("C", 0, 2)]);
    run.assert_took(3);
}

#[test]
fn first_completed_counts_a_failure_as_completed() {
    let run = grade(|| async {
        let ((first, pending), returned_after) =
            timed(first_completed(jobs_where_b_fails_first())).await;
        (first, returned_after, wait_for_handles(pending).await)
    });

    let (first, returned_after, rest) = run.value.clone();
    run.assert_eq(
        first,
        failed("oops!"),
        "the first result is B's failure: a job that fails has completed too",
    );
    run.assert_eq(returned_after, units(1), "return as soon as B fails");
    run.assert_eq(rest, vec![Ok(10), Ok(30)], "A and C, awaited later, give their own results");
    run.assert_spawned(&["A", "B", "C"]);
    run.assert_timeline(&[finished("A", 0, 3), finished("B", 0, 1), finished("C", 0, 2)]);
}

#[test]
fn first_exception_stops_waiting_at_the_first_failure_and_the_rest_keep_running() {
    let run = grade(|| async {
        let ((done, pending), returned_after) =
            timed(first_exception(jobs_where_c_fails_second())).await;
        let still_pending = pending.len();
        (done, returned_after, still_pending, wait_for_set(pending).await)
    });

    let (done, returned_after, still_pending, rest) = run.value.clone();
    run.assert_eq(
        done,
        vec![Ok(20), failed("oops!")],
        "done holds B's value, then C's failure, in the order they ended, and nothing after: \
         stop waiting at the first failure",
    );
    run.assert_eq(returned_after, units(2), "return as soon as C fails");
    run.assert_eq(still_pending, 2, "A and D stay in the set, still running");
    run.assert_eq(
        rest,
        vec![Ok(10), Ok(40)],
        "A and D, awaited later, give their own results (an error here means a task was \
         cancelled: do not abort the tasks you hand back)",
    );
    run.assert_spawned(&["A", "B", "C", "D"]);
    run.assert_timeline(&[
        finished("A", 0, 3),
        finished("B", 0, 1),
        finished("C", 0, 2),
        finished("D", 0, 5),
    ]);
    run.assert_took(5);
}

#[test]
fn first_exception_stops_at_a_failure_that_comes_first_of_all() {
    let run = grade(|| async {
        let ((done, pending), returned_after) =
            timed(first_exception(jobs_where_b_fails_first())).await;
        (done, returned_after, wait_for_set(pending).await)
    });

    let (done, returned_after, rest) = run.value.clone();
    run.assert_eq(
        done,
        vec![failed("oops!")],
        "done holds B's failure alone: nothing ended before it",
    );
    run.assert_eq(returned_after, units(1), "return as soon as B fails");
    run.assert_eq(rest, vec![Ok(30), Ok(10)], "C and A, awaited later, end in that order");
    run.assert_timeline(&[finished("A", 0, 3), finished("B", 0, 1), finished("C", 0, 2)]);
}

#[test]
fn first_exception_waits_for_everything_when_nothing_fails() {
    let run = grade(|| async {
        let ((done, pending), returned_after) =
            timed(first_exception(jobs_that_all_succeed())).await;
        (done, returned_after, pending.len())
    });

    let (done, returned_after, still_pending) = run.value.clone();
    run.assert_eq(
        done,
        vec![Ok(20), Ok(30), Ok(10)],
        "with no failure, done holds every result, in the order they ended",
    );
    run.assert_eq(returned_after, units(3), "with no failure, return when the slowest ends");
    run.assert_eq(still_pending, 0, "nothing is left pending");
    run.assert_spawned(&["A", "B", "C"]);
}

#[test]
fn all_completed_returns_every_result_in_the_order_they_ended_after_the_slowest() {
    let run = grade(|| all_completed(jobs_where_b_fails_first()));

    run.assert_timeline(&[finished("A", 0, 3), finished("B", 0, 1), finished("C", 0, 2)]);
    run.assert_max_concurrency(3);
    run.assert_value(
        vec![failed("oops!"), Ok(30), Ok(10)],
        "B's failure first (at 1), then C (2), then A (3); a failure does not stop the waiting",
    );
    run.assert_took(3);
}

#[test]
fn wait_with_progress_reports_while_the_job_runs_once_from_start_to_end() {
    let download = Job { name: "download", units: 5, result: Ok(50) };
    let run = grade(move || wait_with_progress(download, units(2)));

    // A download made anew each round never gets past 2 units of its 5: the
    // grader then reports it as hung, with a row for every restart.
    run.assert_timeline(&[finished("download", 0, 5)]);
    run.assert_value((Ok(50), 2), "the download's result, after reports at 2 and 4");
    run.assert_took(5);
}

#[test]
fn wait_with_progress_returns_as_soon_as_a_quick_job_ends() {
    let quick = Job { name: "quick", units: 1, result: Err("lost connection") };
    let run = grade(move || wait_with_progress(quick, units(2)));

    run.assert_value((failed("lost connection"), 0), "the job's failure, and no report");
    run.assert_timeline(&[finished("quick", 0, 1)]);
    run.assert_took(1);
}

/// How many times [`wait_with_progress_counts_no_report_when_one_falls_due_as_the_job_ends`]
/// tries: `select!` picks at random among branches ready at the same
/// instant, so a single try could come out right by luck.
const TRIES: usize = 10;

#[test]
fn wait_with_progress_counts_no_report_when_one_falls_due_as_the_job_ends() {
    // A job of 4 units, a report every 2: at 4 the job ends just as the
    // second report falls due. The job has ended, so that report is not
    // counted.
    let run = grade(|| async {
        let mut reports = Vec::new();
        for _ in 0..TRIES {
            let job = Job { name: "upload", units: 4, result: Ok(40) };
            let (_, count) = wait_with_progress(job, units(2)).await;
            reports.push(count);
        }
        reports
    });

    let tries_with_a_second_report = run.value.iter().filter(|&&count| count != 1).count();
    run.assert_eq(
        tries_with_a_second_report,
        0,
        "count 1 report (at 2) in every try: at 4 the job's end and a report are due at the same \
         instant, and `select!` without `biased;` picks one of them at random",
    );
    run.assert_took(4 * TRIES as u64);
}

/// Sends ten items (at 0.5, 1.5, ... 9.5) to `batch_items` and returns the
/// batches, and when `batch_items` returned.
async fn batch_ten_items(size: usize, flush_every: Duration) -> (Vec<Vec<u32>>, Duration) {
    let (tx, rx) = mpsc::channel(10);
    let producer = tokio::spawn(send_items(tx, 10));
    let batched = timed(batch_items(rx, size, flush_every)).await;
    producer.await.expect("the producer does not panic");
    batched
}

/// The items of 1 to 10 missing from `batches`.
fn lost(batches: &[Vec<u32>]) -> Vec<u32> {
    let received = batches.concat();
    (1..=10).filter(|item| !received.contains(item)).collect()
}

/// When the channel closes: just after the tenth item, at 9.5.
const CLOSED_AT: Duration = Duration::from_millis(9500);

#[test]
fn batch_items_loses_nothing_and_flushes_a_partial_batch_at_each_tick() {
    let run = grade(|| batch_ten_items(3, units(4)));

    let (batches, returned_after) = run.value.clone();
    run.assert_that(
        lost(&batches).is_empty(),
        &format!(
            "lose no item, but items {:?} never came back (the batches: {batches:?}). A future \
             that `select!` drops takes what it holds along",
            lost(&batches)
        ),
    );
    run.assert_eq(
        batches,
        vec![vec![1, 2, 3], vec![4], vec![5, 6, 7], vec![8], vec![9, 10]],
        "full batches of 3, and at 4 and 8 whatever had come in so far",
    );
    run.assert_eq(returned_after, CLOSED_AT, "return when the channel closes");
}

#[test]
fn batch_items_hands_over_no_empty_batch_when_a_flush_finds_nothing() {
    // Batches of 2 fill up at 1.5, 3.5, 5.5 and 7.5: at 4 and 8 the batch
    // being filled is empty.
    let run = grade(|| batch_ten_items(2, units(4)));

    let (batches, returned_after) = run.value.clone();
    run.assert_eq(
        batches,
        vec![vec![1, 2], vec![3, 4], vec![5, 6], vec![7, 8], vec![9, 10]],
        "full batches of 2 and no empty one: the flushes at 4 and 8 find nothing to hand over",
    );
    run.assert_eq(returned_after, CLOSED_AT, "return when the channel closes");
}

#[test]
fn batch_items_fills_whole_batches_when_no_flush_is_due() {
    let run = grade(|| batch_ten_items(3, units(100)));

    let (batches, returned_after) = run.value.clone();
    run.assert_eq(
        batches,
        vec![vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9], vec![10]],
        "full batches of 3, and the last item alone when the channel closes",
    );
    run.assert_eq(
        returned_after,
        CLOSED_AT,
        "return as soon as the channel closes (after the last item, at 9.5), not at the next flush",
    );
}
