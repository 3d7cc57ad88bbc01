//! Lesson 07: wait: first completed, first exception, all completed.
//!
//! Where your function hands back tasks that are still running, the test
//! waits for them afterwards: they must end at their own times, with their
//! own results, neither cancelled nor started again.

use std::time::Duration;

use timeline::grade::{Gen, Observed, Run, finished, grade, scenarios, timed, units};
use tokio::sync::mpsc;
use tokio::task::{JoinHandle, JoinSet};

use crate::exercise::{
    Job, all_completed, batch_items, first_completed, first_exception, send_items,
    wait_with_progress,
};
use crate::reference;

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

// Scenario tests: each function on generated jobs (0 to 8 of them, names
// repeating, 0 to 4 units each, about one in three failing, several ending
// at one instant) or on generated streams of items that arrive between
// whole units, compared with the reference solution. Where jobs end at one
// instant the spec leaves their order open, so those tests compare what it
// fixes: every result once, in the order of the times the jobs ended.

#[test]
fn first_completed_matches_the_reference_on_generated_jobs() {
    scenarios().compare(
        generated_jobs_one_ending_first,
        |jobs| first_and_the_rest(first_completed(jobs)),
        |jobs| first_and_the_rest(reference::first_completed(jobs)),
    );
}

#[test]
fn first_exception_matches_the_reference_on_generated_jobs() {
    scenarios().compare_by(
        generated_jobs,
        |jobs| done_and_the_rest(jobs.clone(), first_exception(jobs)),
        |jobs| done_and_the_rest(jobs.clone(), reference::first_exception(jobs)),
        up_to_the_order_of_ties,
    );
}

#[test]
fn all_completed_matches_the_reference_on_generated_jobs() {
    scenarios().compare_by(
        generated_jobs,
        |jobs| with_times(jobs.clone(), all_completed(jobs)),
        |jobs| with_times(jobs.clone(), reference::all_completed(jobs)),
        in_the_order_they_ended,
    );
}

#[test]
fn wait_with_progress_matches_the_reference_on_generated_jobs_and_periods() {
    // About a third of the scenarios end the job just as a report falls
    // due, where a `select!` without `biased;` picks at random: each runs
    // twice, so such a race goes the lucky way at all of them about once in
    // 2^80 runs of this test.
    scenarios().repeat(2).compare(
        generated_progress,
        |(job, every)| wait_with_progress(job, every),
        |(job, every)| reference::wait_with_progress(job, every),
    );
}

#[test]
fn batch_items_matches_the_reference_on_generated_arrivals() {
    scenarios().compare(
        generated_arrivals,
        |arrivals| batch_arrivals(arrivals, batch_items),
        |arrivals| batch_arrivals(arrivals, reference::batch_items),
    );
}

/// What each job fails with, by its place: every failure says which job
/// failed, so that a result tells which job gave it.
const FAILURES: [&str; 8] = [
    "oops!",
    "refused",
    "timed out",
    "lost connection",
    "bad gateway",
    "no route",
    "reset",
    "gone",
];

/// 0 to 8 jobs of 0 to 4 units, names repeating; about one in three fails.
/// Each result is the job's own: a value no other job has, or its failure.
fn generated_jobs(g: &mut Gen) -> Vec<Job> {
    let count = g.count();
    (0..count)
        .map(|place| Job {
            name: g.name(),
            units: g.between(0, 4),
            result: if g.chance(35) {
                Err(FAILURES[place])
            } else {
                Ok(10 * (place as u32 + 1) + g.below(10) as u32)
            },
        })
        .collect()
}

/// 1 to 8 jobs, one of which ends before all the others: which of two jobs
/// ending at one instant is "first" the spec leaves open.
fn generated_jobs_one_ending_first(g: &mut Gen) -> Vec<Job> {
    let mut jobs = generated_jobs(g);
    if jobs.is_empty() {
        jobs.push(Job { name: g.name(), units: g.between(0, 4), result: Ok(10) });
    }
    let first = g.below(jobs.len() as u64) as usize;
    let earliest = jobs.iter().map(|job| job.units).min().unwrap_or(0);
    for (place, job) in jobs.iter_mut().enumerate() {
        if place == first {
            job.units = earliest;
        } else if job.units <= earliest {
            job.units = earliest + 1;
        }
    }
    jobs
}

/// A job of 0 to 6 units and a period of reports: in about half the
/// scenarios a whole fraction of the job's time, so that a report falls due
/// just as the job ends; otherwise anything from a quarter of a unit to 3.
fn generated_progress(g: &mut Gen) -> (Job, Duration) {
    let units = g.between(0, 6);
    let result = if g.chance(35) { Err(g.pick(&FAILURES)) } else { Ok(g.below(100) as u32) };
    let job = Job { name: g.name(), units, result };
    let time = Duration::from_secs(units);
    let parts = g.between(1, 4) as u32;
    let every = if units > 0 && g.chance(50) && (time / parts) * parts == time {
        time / parts
    } else {
        g.millis(250, 3_000)
    };
    (job, every)
}

/// Items for [`batch_items`]: when each arrives, when the channel closes,
/// the batch size and the flush period.
#[derive(Clone, Debug)]
struct Arrivals {
    /// Each item with the moment it is sent, in order.
    items: Vec<(Duration, u32)>,
    /// When the sender is dropped: at the last item or later.
    closes_at: Duration,
    size: usize,
    flush_every: Duration,
}

/// 0 to 8 items (values repeating), arriving between whole units, a few at
/// one instant; a size of 1 to 4 and a flush period of half a unit to 4
/// units. No item arrives just as a flush is due: which of the two the
/// `select!` takes first the spec leaves open.
fn generated_arrivals(g: &mut Gen) -> Arrivals {
    let flush_every = g.duration(units(0) + Duration::from_millis(500), units(4), units(1));
    let count = g.count();
    let mut at = Duration::ZERO;
    let mut items = Vec::with_capacity(count);
    for _ in 0..count {
        if !g.chance(20) {
            at += g.millis(1, 2_500);
            if at.as_millis().is_multiple_of(flush_every.as_millis()) {
                at += Duration::from_millis(1);
            }
        }
        items.push((at, g.between(1, 6) as u32));
    }
    let closes_at = if g.chance(50) { at } else { at + g.millis(1, 3_000) };
    Arrivals { items, closes_at, size: g.between(1, 4) as usize, flush_every }
}

/// What [`first_completed`] returned, and what came of the rest.
#[derive(Clone, Debug, PartialEq, Eq)]
struct FirstAndTheRest {
    first: Result<u32, String>,
    returned_after: Duration,
    /// How many of the handles given back were still running then.
    still_running: usize,
    /// What the handles gave when awaited afterwards, sorted.
    rest: Vec<Result<u32, String>>,
}

/// Runs `first_completed`, then awaits the handles it gave back.
async fn first_and_the_rest(
    first_completed: impl Future<Output = (Result<u32, String>, Vec<JoinHandle<Result<u32, String>>>)>,
) -> FirstAndTheRest {
    let ((first, pending), returned_after) = timed(first_completed).await;
    let still_running = still_running(&pending);
    FirstAndTheRest { first, returned_after, still_running, rest: wait_for_handles(pending).await }
}

/// A result, and when the job that gave it ended, in units (`None` when no
/// job gives that result: a task that was cancelled, say). Sorted by time.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Timed {
    ended_at: Option<u64>,
    result: Result<u32, String>,
}

impl std::fmt::Debug for Timed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.ended_at {
            Some(units) => write!(f, "{:?} (its job ended at {units})", self.result),
            None => write!(f, "{:?} (no job gives that)", self.result),
        }
    }
}

/// `result` with the time of the job in `jobs` that gives it.
fn with_time(jobs: &[Job], result: Result<u32, String>) -> Timed {
    let job = jobs.iter().find(|job| job.result.map_err(String::from) == result);
    Timed { ended_at: job.map(|job| job.units), result }
}

/// Runs `all_completed` and notes, beside each result, when its job ended.
async fn with_times(
    jobs: Vec<Job>,
    all_completed: impl Future<Output = Vec<Result<u32, String>>>,
) -> Vec<Timed> {
    all_completed.await.into_iter().map(|result| with_time(&jobs, result)).collect()
}

/// What [`first_exception`] returned, and what came of the set.
#[derive(Clone, Debug)]
struct DoneAndTheRest {
    done: Vec<Timed>,
    returned_after: Duration,
    /// What the set gave when awaited afterwards, in the order they ended.
    rest: Vec<Timed>,
}

/// Runs `first_exception`, then awaits the tasks left in the set.
async fn done_and_the_rest(
    jobs: Vec<Job>,
    first_exception: impl Future<Output = (Vec<Result<u32, String>>, JoinSet<Result<u32, String>>)>,
) -> DoneAndTheRest {
    let ((done, pending), returned_after) = timed(first_exception).await;
    let rest = wait_for_set(pending).await;
    let timed = |results: Vec<_>| results.into_iter().map(|r| with_time(&jobs, r)).collect();
    DoneAndTheRest { done: timed(done), returned_after, rest: timed(rest) }
}

/// Whether the times of `results` never go back.
fn in_order(results: &[Timed]) -> bool {
    results.windows(2).all(|pair| pair[0].ended_at <= pair[1].ended_at)
}

/// `results` sorted by time, then result.
fn sorted(results: &[Timed]) -> Vec<Timed> {
    let mut sorted = results.to_vec();
    sorted.sort();
    sorted
}

/// The results, sorted, whether they came in the order their jobs ended,
/// and the timeline: jobs that end at one instant may come in any order.
fn in_the_order_they_ended(run: &Run<Vec<Timed>>) -> (Vec<Timed>, bool, Observed) {
    (sorted(&run.value), in_order(&run.value), how_it_ran(run))
}

/// The spans and when the graded code returned, without the value (which
/// the caller compares in its own way).
fn how_it_ran<T: std::fmt::Debug>(run: &Run<T>) -> Observed {
    Observed { value: String::new(), ..Observed::of(run) }
}

/// What `first_exception` must get right whatever the order of jobs that
/// end at one instant: when it returned; the results of the jobs that ended
/// before then, in order; the time of the last result and whether it is a
/// failure; and every job's result exactly once, there or in the set. Of
/// the jobs that end just as the first failure comes, which are in `done`
/// and which still in the set is left open.
fn up_to_the_order_of_ties(run: &Run<DoneAndTheRest>) -> WhatFirstExceptionFixes {
    let DoneAndTheRest { done, returned_after, rest } = &run.value;
    let returned = Some(returned_after.as_secs());
    let before: Vec<Timed> =
        done.iter().filter(|result| result.ended_at < returned).cloned().collect();
    let last_done = done.last().map(|last| {
        let what = if last.result.is_err() { "a failure" } else { "a success" };
        match last.ended_at {
            Some(units) => format!("{what} (its job ended at {units})"),
            None => format!("{what} (no job gives that)"),
        }
    });
    WhatFirstExceptionFixes {
        returned_after: *returned_after,
        done_in_order: in_order(done),
        done_before_the_return: sorted(&before),
        last_done,
        everything: sorted(&[done.clone(), rest.clone()].concat()),
        how_it_ran: how_it_ran(run),
    }
}

/// What [`up_to_the_order_of_ties`] compares.
#[derive(Debug)]
#[allow(dead_code)] // Read through `Debug`, which compares it.
struct WhatFirstExceptionFixes {
    returned_after: Duration,
    done_in_order: bool,
    done_before_the_return: Vec<Timed>,
    last_done: Option<String>,
    everything: Vec<Timed>,
    how_it_ran: Observed,
}

/// Sends each item at its moment and closes the channel at `closes_at`;
/// [`batch_items`] gets the receiving end. Returns the batches and when
/// `batch_items` returned.
async fn batch_arrivals<F: Future<Output = Vec<Vec<u32>>>>(
    arrivals: Arrivals,
    batch_items: fn(mpsc::Receiver<u32>, usize, Duration) -> F,
) -> (Vec<Vec<u32>>, Duration) {
    let Arrivals { items, closes_at, size, flush_every } = arrivals;
    let (tx, rx) = mpsc::channel(items.len().max(1));
    let producer = tokio::spawn(async move {
        let start = tokio::time::Instant::now();
        for (at, item) in items {
            tokio::time::sleep_until(start + at).await;
            tx.send(item).await.expect("batch_items holds the receiver until the channel closes");
        }
        tokio::time::sleep_until(start + closes_at).await;
    });
    let batched = timed(batch_items(rx, size, flush_every)).await;
    producer.await.expect("the producer does not panic");
    batched
}
