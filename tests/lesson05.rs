//! Lesson 05: cancellation.
//!
//! The tests of `stop_worker` and `stop_by_dropping` mark the moment your
//! function returned (`returned`) and end right there: a worker still running
//! by then is a leak, and a "worker cleanup" recorded after `returned` means
//! your function did not wait for the worker to stop.

use std::time::Duration;

use timeline::grade::{
    Gen, Grader, RETURNED, cancelled, finished, grade, marking_return, scenarios, units,
};

use crate::exercise::{
    CancellationToken, Ending, STEP, Worker, collect_until_cancelled, shut_down_collector,
    stop_by_dropping, stop_worker,
};
use crate::reference;

/// Ten steps of 2 units: busy until 20 if nobody stops it.
const LONG_WORKER: Worker = Worker { steps: 10, breaks_at: None };

/// Two steps of 2 units: done at 4.
const SHORT_WORKER: Worker = Worker { steps: 2, breaks_at: None };

/// Panics at 2, when it reaches step 2.
const BREAKING_WORKER: Worker = Worker { steps: 10, breaks_at: Some(2) };

#[test]
fn stop_worker_aborts_the_task_mid_step_and_waits_for_it_to_stop() {
    let run = grade(|| marking_return(stop_worker(LONG_WORKER, units(5))));

    run.assert_value(
        Ending::Cancelled,
        "the worker, aborted at 5 in the middle of step 3, was cancelled",
    );
    run.assert_spawned(&["step 1"]);
    run.assert_timeline(&[
        finished("step 1", 0, 2),
        finished("step 2", 2, 4),
        cancelled("step 3", 4, 5),
        finished("worker cleanup", 5, 5),
        finished(RETURNED, 5, 5),
    ]);
    run.assert_recorded_before("worker cleanup", RETURNED, WAIT_FOR_ABORTED);
    run.assert_took(5);
}

#[test]
fn stop_worker_reports_a_worker_that_finished_before_the_abort() {
    let run = grade(|| stop_worker(SHORT_WORKER, units(5)));

    run.assert_value(
        Ending::Finished(2),
        "the worker was done at 4, so the abort at 5 did nothing and the handle holds its result",
    );
    run.assert_timeline(&[
        finished("step 1", 0, 2),
        finished("step 2", 2, 4),
        finished("worker cleanup", 4, 4),
    ]);
    // Not 4: the function waits `after` whatever the worker does.
    run.assert_took(5);
}

#[test]
fn stop_worker_reports_a_panic_as_a_panic_not_as_a_cancellation() {
    let run = Grader::new().expect_task_panics(1).run(|| stop_worker(BREAKING_WORKER, units(5)));

    run.assert_value(
        Ending::Panicked,
        "the worker panicked at 2, before the abort: `JoinError::is_panic` tells the two apart",
    );
    run.assert_timeline(&[finished("step 1", 0, 2), finished("worker cleanup", 2, 2)]);
    run.assert_took(5);
}

#[test]
fn stop_by_dropping_cancels_the_worker_where_it_stands() {
    let run = grade(|| marking_return(stop_by_dropping(LONG_WORKER, units(5))));

    run.assert_value(None, "the worker needed 20 units and had 5");
    run.assert_not_spawned(&["step 1"]);
    run.assert_timeline(&[
        finished("step 1", 0, 2),
        finished("step 2", 2, 4),
        cancelled("step 3", 4, 5),
        finished("worker cleanup", 5, 5),
        finished(RETURNED, 5, 5),
    ]);
    run.assert_recorded_before("worker cleanup", RETURNED, DROPPED_IN_PLACE);
    run.assert_took(5);
}

#[test]
fn stop_by_dropping_returns_the_result_of_a_worker_that_finishes_in_time() {
    let run = grade(|| stop_by_dropping(SHORT_WORKER, units(5)));

    run.assert_value(Some(2), "the worker did its 2 steps by 4, within the 5 it had");
    run.assert_not_spawned(&["step 1"]);
    run.assert_took(4);
}

#[test]
fn collect_until_cancelled_stops_at_once_then_flushes_with_await() {
    let run = grade(|| collect_with_cancel_at(units(5)));

    run.assert_value(
        2,
        "items 1 and 2 arrived before the cancel at 5; stop at once, without waiting for item 3",
    );
    run.assert_timeline(&[
        finished("collect 1", 0, 2),
        finished("collect 2", 2, 4),
        cancelled("collect 3", 4, 5),
        finished("flush", 5, 7),
    ]);
    run.assert_took(7);
}

#[test]
fn collect_until_cancelled_flushes_even_when_cancelled_before_the_first_item() {
    let run = grade(|| collect_with_cancel_at(units(1)));

    run.assert_value(0, "no item had arrived when the token was cancelled at 1");
    // The flush runs even with nothing to write: the spec is "then flush".
    run.assert_timeline(&[cancelled("collect 1", 0, 1), finished("flush", 1, 3)]);
    run.assert_took(3);
}

#[test]
fn shut_down_collector_asks_with_the_token_and_waits_for_the_flush() {
    let run = grade(|| shut_down_collector(units(5)));

    run.assert_value(
        2,
        "how many items the collector flushed: items 1 and 2 arrived before the token was \
         cancelled at 5. 0 means the flush never ran: an abort stops the task before it can \
         flush, so cancel the token and await the handle. 3 means `collect_until_cancelled` \
         waited for item 3 instead of stopping at once: fix that exercise first",
    );
    // One spawned task runs both, so they are checked one by one.
    run.assert_spawned(&["collect 1"]);
    run.assert_spawned(&["flush"]);
    run.assert_timeline(&[
        finished("collect 1", 0, 2),
        finished("collect 2", 2, 4),
        cancelled("collect 3", 4, 5),
        finished("flush", 5, 7),
    ]);
    run.assert_took(7);
}

#[test]
fn shut_down_collector_waits_for_the_flush_even_before_the_first_item() {
    let run = grade(|| shut_down_collector(units(1)));

    run.assert_value(0, "no item had arrived when the token was cancelled at 1");
    // One spawned task runs both, so they are checked one by one.
    run.assert_spawned(&["collect 1"]);
    run.assert_spawned(&["flush"]);
    run.assert_timeline(&[cancelled("collect 1", 0, 1), finished("flush", 1, 3)]);
    run.assert_took(3);
}

/// Runs [`collect_until_cancelled`] while someone else cancels its token
/// after `after`; returns what the collector returned.
async fn collect_with_cancel_at(after: Duration) -> usize {
    let token = CancellationToken::new();
    let cancel_later = async {
        tokio::time::sleep(after).await;
        token.cancel();
    };
    let (flushed, ()) = tokio::join!(collect_until_cancelled(token.clone()), cancel_later);
    flushed
}

/// What it means when the worker's cleanup comes after the return.
const WAIT_FOR_ABORTED: &str = "`abort()` only asks: the task stops when the runtime next gets \
    to it, which was after your function had returned. Await the handle after aborting it, as \
    `await task` after `task.cancel()` in asyncio.";

/// What it means when the worker's cleanup comes after the return.
const DROPPED_IN_PLACE: &str = "The worker's future should be dropped inside your function (the \
    losing branch of a `select!`), which runs its cleanup at once, before you return.";

// Scenario tests: each function on generated workers (0 to 8 steps, some
// breaking at a step) and stops that come anywhere from a millisecond to
// most of a step before or after a step ends, compared with the reference
// solution: the value, every span and when the function returned. No stop
// comes exactly as a step ends: at that instant the spec leaves open which
// comes first, the end of the step or the stop.

#[test]
fn stop_worker_matches_the_reference_on_generated_workers() {
    scenarios().compare(
        generated_stop,
        |(worker, after)| stop_worker(worker, after),
        |(worker, after)| reference::stop_worker(worker, after),
    );
}

#[test]
fn stop_worker_matches_the_reference_on_generated_workers_that_break() {
    scenarios().grader(Grader::new().expect_task_panics(1)).compare(
        generated_breakdown,
        |(worker, after)| stop_worker(worker, after),
        |(worker, after)| reference::stop_worker(worker, after),
    );
}

#[test]
fn stop_by_dropping_matches_the_reference_on_generated_workers() {
    scenarios().compare(
        generated_stop,
        |(worker, after)| stop_by_dropping(worker, after),
        |(worker, after)| reference::stop_by_dropping(worker, after),
    );
}

#[test]
fn collect_until_cancelled_matches_the_reference_on_generated_cancels_in_a_spawned_task() {
    // Spawned, as `shut_down_collector` spawns it: its future must be `Send`.
    scenarios().compare(
        generated_cancel,
        |after| cancel_task_at(after, collect_until_cancelled),
        |after| cancel_task_at(after, reference::collect_until_cancelled),
    );
}

#[test]
fn shut_down_collector_matches_the_reference_on_generated_cancels() {
    scenarios().compare(generated_cancel, shut_down_collector, reference::shut_down_collector);
}

/// Spawns `collect(token)`, cancels the token after `after`, and returns
/// what the task returned.
async fn cancel_task_at<F>(after: Duration, collect: fn(CancellationToken) -> F) -> usize
where
    F: Future<Output = usize> + Send + 'static,
{
    let token = CancellationToken::new();
    let collector = tokio::spawn(collect(token.clone()));
    tokio::time::sleep(after).await;
    token.cancel();
    collector.await.expect("the collector does not panic")
}

/// A worker of 0 to 8 steps and a moment to stop it. If it breaks, it
/// breaks at a step it reaches only after that moment, or never reaches.
fn generated_stop(g: &mut Gen) -> (Worker, Duration) {
    let steps = g.count() as u32;
    let after = near_a_step_end(g, steps);
    let first_step_after_the_stop = after.as_secs() / STEP.as_secs() + 2;
    let breaks_at = g
        .chance(30)
        .then(|| g.between(first_step_after_the_stop, first_step_after_the_stop + 2) as u32);
    (Worker { steps, breaks_at }, after)
}

/// A worker of 1 to 8 steps that breaks before the moment it is stopped.
fn generated_breakdown(g: &mut Gen) -> (Worker, Duration) {
    let steps = g.count_from(1) as u32;
    let after = near_a_step_end(g, steps);
    let last_step_begun = (after.as_secs() / STEP.as_secs()) as u32 + 1;
    let breaks_at = g.between(1, last_step_begun.min(steps).into()) as u32;
    (Worker { steps, breaks_at: Some(breaks_at) }, after)
}

/// A moment to cancel a collector that would collect 0 to 8 items.
fn generated_cancel(g: &mut Gen) -> Duration {
    let items = g.count() as u32;
    near_a_step_end(g, items)
}

/// A moment near the end of one of the first `steps + 1` steps of 2 units:
/// a millisecond, most of a step, or anything between before or after it,
/// but never on it, and never at 0.
fn near_a_step_end(g: &mut Gen, steps: u32) -> Duration {
    let end = STEP * g.between(0, u64::from(steps) + 1) as u32;
    let most_of_a_step = STEP - Duration::from_millis(1);
    let offset = match g.below(3) {
        0 => Duration::from_millis(1),
        1 => most_of_a_step,
        _ => g.millis(1, most_of_a_step.as_millis() as u64),
    };
    if end > Duration::ZERO && g.chance(50) { end - offset } else { end + offset }
}
