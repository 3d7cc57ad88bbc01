//! Lesson 05: cancellation.

use std::time::Duration;

use timeline::grade::{Grader, cancelled, finished, grade, timed, units};

use crate::exercise::lesson05::{
    CancellationToken, Ending, Worker, collect_until_cancelled, shut_down_collector,
    stop_by_dropping, stop_worker,
};

/// Ten steps of 2 units: busy until 20 if nobody stops it.
const LONG_WORKER: Worker = Worker { steps: 10, breaks_at: None };

/// Two steps of 2 units: done at 4.
const SHORT_WORKER: Worker = Worker { steps: 2, breaks_at: None };

/// Panics at 2, when it reaches step 2.
const BREAKING_WORKER: Worker = Worker { steps: 10, breaks_at: Some(2) };

/// Plays whoever asks the collector to stop: cancels `token` after `after`.
async fn cancel_after(token: CancellationToken, after: Duration) {
    tokio::time::sleep(after).await;
    token.cancel();
}

#[test]
fn stop_worker_aborts_the_task_mid_step_and_its_cleanup_runs_then() {
    let run = grade(|| async {
        let (ending, returned_after) = timed(stop_worker(LONG_WORKER, units(5))).await;
        // Stay around: a worker that was not really stopped would go on to step 4.
        tokio::time::sleep(units(10)).await;
        (ending, returned_after)
    });

    let (ending, returned_after) = run.value;
    assert_eq!(
        ending,
        Ending::Cancelled,
        "the worker, aborted at 5 in the middle of step 3, should be reported as cancelled"
    );
    assert_eq!(returned_after, units(5), "return once the aborted task is over");
    run.assert_timeline(&[
        finished("step 1", 0, 2),
        finished("step 2", 2, 4),
        cancelled("step 3", 4, 5),
        finished("worker cleanup", 5, 5),
    ]);
    run.assert_spawned(&["step 1"]);
}

#[test]
fn stop_worker_reports_a_worker_that_finished_before_the_abort() {
    let run = grade(|| stop_worker(SHORT_WORKER, units(5)));

    assert_eq!(
        run.value,
        Ending::Finished(2),
        "the worker was done at 4, so the abort at 5 did nothing and the handle holds its result"
    );
    run.assert_timeline(&[
        finished("step 1", 0, 2),
        finished("step 2", 2, 4),
        finished("worker cleanup", 4, 4),
    ]);
    run.assert_took(5);
}

#[test]
fn stop_worker_reports_a_panic_as_a_panic_not_as_a_cancellation() {
    let run = Grader::new().expect_task_panics(1).run(|| stop_worker(BREAKING_WORKER, units(5)));

    assert_eq!(
        run.value,
        Ending::Panicked,
        "the worker panicked at 2, before the abort: `JoinError::is_panic` tells the two apart"
    );
    run.assert_timeline(&[finished("step 1", 0, 2), finished("worker cleanup", 2, 2)]);
    run.assert_took(5);
}

#[test]
fn stop_by_dropping_cancels_the_worker_where_it_stands() {
    let run = grade(|| async {
        let (result, returned_after) = timed(stop_by_dropping(LONG_WORKER, units(5))).await;
        tokio::time::sleep(units(10)).await;
        (result, returned_after)
    });

    let (result, returned_after) = run.value;
    assert_eq!(result, None, "the worker needed 20 units and had 5");
    assert_eq!(returned_after, units(5), "return as soon as time runs out");
    run.assert_timeline(&[
        finished("step 1", 0, 2),
        finished("step 2", 2, 4),
        cancelled("step 3", 4, 5),
        finished("worker cleanup", 5, 5),
    ]);
    assert_eq!(
        run.task("step 1").tokio_task,
        None,
        "run the worker inside stop_by_dropping, not in a spawned task: dropping its future \
         is what stops it"
    );
}

#[test]
fn stop_by_dropping_returns_the_result_of_a_worker_that_finishes_in_time() {
    let run = grade(|| stop_by_dropping(SHORT_WORKER, units(5)));

    assert_eq!(run.value, Some(2));
    run.assert_took(4);
}

#[test]
fn collect_until_cancelled_stops_at_once_then_flushes_with_await() {
    let run = grade(|| async {
        let token = CancellationToken::new();
        let (flushed, ()) =
            tokio::join!(collect_until_cancelled(token.clone()), cancel_after(token, units(5)));
        flushed
    });

    assert_eq!(
        run.value, 2,
        "items 1 and 2 arrived before the cancel at 5; stop at once, without waiting for item 3"
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
fn shut_down_collector_asks_with_the_token_and_waits_for_the_flush() {
    let run = grade(|| shut_down_collector(units(5)));

    assert_eq!(
        run.value, 2,
        "asked with the token at 5, the collector flushes its 2 items; an abort would skip the flush"
    );
    run.assert_timeline(&[
        finished("collect 1", 0, 2),
        finished("collect 2", 2, 4),
        cancelled("collect 3", 4, 5),
        finished("flush", 5, 7),
    ]);
    run.assert_spawned(&["collect 1"]);
    run.assert_spawned(&["flush"]);
    run.assert_took(7);
}
