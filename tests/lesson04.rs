//! Lesson 04: TaskGroup: structured concurrency.
//!
//! The tests that make a job fail mark the moment your function returned
//! (`returned`) and end right there: a task still running by then is a leak,
//! and a cleanup recorded after `returned` means your function did not wait.

use timeline::grade::{RETURNED, Run, cancelled, finished, grade, marking_return};

use crate::exercise::{Job, first_to_finish, task_group, task_group_with_tracker};

/// They finish in the order task 2, task 3, task 1, and their values are in
/// neither that order nor sorted: only job order gives `[20, 30, 10]`.
fn jobs_that_all_succeed() -> Vec<Job> {
    vec![
        Job { name: "task 1", units: 3, result: Ok(20) },
        Job { name: "task 2", units: 1, result: Ok(30) },
        Job { name: "task 3", units: 2, result: Ok(10) },
    ]
}

/// Task 1 takes 1 unit, task 2 fails with "oops!" at 2, slow would take 10.
fn jobs_where_task_2_fails() -> Vec<Job> {
    vec![
        Job { name: "task 1", units: 1, result: Ok(10) },
        Job { name: "task 2", units: 2, result: Err("oops!") },
        Job { name: "slow", units: 10, result: Ok(30) },
    ]
}

/// As [`jobs_where_task_2_fails`], and task 3 fails with "ouch!" at the same
/// moment as task 2.
fn jobs_where_two_fail_at_once() -> Vec<Job> {
    vec![
        Job { name: "task 1", units: 1, result: Ok(10) },
        Job { name: "task 2", units: 2, result: Err("oops!") },
        Job { name: "task 3", units: 2, result: Err("ouch!") },
        Job { name: "slow", units: 10, result: Ok(30) },
    ]
}

#[test]
fn task_group_returns_every_value_in_job_order_when_all_succeed() {
    let run = grade(|| task_group(jobs_that_all_succeed()));

    run.assert_value(
        Ok(vec![20, 30, 10]),
        "the values in the order of the jobs, not in the order they finished nor sorted",
    );
    run.assert_spawned(&["task 1", "task 2", "task 3"]);
    run.assert_max_concurrency(3);
    run.assert_took(3);
}

#[test]
fn task_group_cancels_the_slow_task_and_waits_for_its_cleanup_before_returning() {
    let run = grade(|| marking_return(task_group(jobs_where_task_2_fails())));

    run.assert_value(
        Err(vec!["oops!".to_string()]),
        "task 2's error alone: the slow job was cancelled, and a cancellation is not a failure",
    );
    run.assert_spawned(&["task 1", "task 2", "slow"]);
    run.assert_timeline(&[
        finished("task 1", 0, 1),
        finished("task 1: cleanup", 1, 1),
        finished("task 2", 0, 2),
        finished("task 2: cleanup", 2, 2),
        cancelled("slow", 0, 2),
        finished("slow: cleanup", 2, 2),
        finished(RETURNED, 2, 2),
    ]);
    assert_cleaned_up_before_returning(&run, &["slow"]);
    run.assert_took(2);
}

#[test]
fn task_group_returns_every_error_including_one_at_the_same_moment() {
    let run = grade(|| marking_return(task_group(jobs_where_two_fail_at_once())));

    run.assert_eq(sorted_errors(&run.value), Some(vec!["oops!", "ouch!"]), EVERY_ERROR);
    run.assert_timeline(&[
        finished("task 1", 0, 1),
        finished("task 1: cleanup", 1, 1),
        finished("task 2", 0, 2),
        finished("task 2: cleanup", 2, 2),
        finished("task 3", 0, 2),
        finished("task 3: cleanup", 2, 2),
        cancelled("slow", 0, 2),
        finished("slow: cleanup", 2, 2),
        finished(RETURNED, 2, 2),
    ]);
    assert_cleaned_up_before_returning(&run, &["slow"]);
    run.assert_took(2);
}

#[test]
fn first_to_finish_returns_the_first_result_and_waits_for_the_others_to_stop() {
    let jobs = vec![
        Job { name: "task 1", units: 3, result: Ok(10) },
        Job { name: "task 2", units: 1, result: Ok(20) },
        Job { name: "slow", units: 10, result: Ok(30) },
    ];
    let run = grade(|| marking_return(first_to_finish(jobs)));

    run.assert_value(Ok(20), "the value of task 2, the first job to end (at 1)");
    run.assert_spawned(&["task 1", "task 2", "slow"]);
    run.assert_timeline(&[
        cancelled("task 1", 0, 1),
        finished("task 1: cleanup", 1, 1),
        finished("task 2", 0, 1),
        finished("task 2: cleanup", 1, 1),
        cancelled("slow", 0, 1),
        finished("slow: cleanup", 1, 1),
        finished(RETURNED, 1, 1),
    ]);
    assert_cleaned_up_before_returning(&run, &["task 1", "slow"]);
    run.assert_took(1);
}

#[test]
fn first_to_finish_returns_a_failure_when_the_first_job_to_end_fails() {
    let jobs = vec![
        Job { name: "task 1", units: 3, result: Ok(10) },
        Job { name: "task 2", units: 1, result: Err("oops!") },
        Job { name: "slow", units: 10, result: Ok(30) },
    ];
    let run = grade(|| marking_return(first_to_finish(jobs)));

    run.assert_value(
        Err("oops!".to_string()),
        "the error of task 2: it ended first (at 1), and a failure counts as ending, as in \
         `asyncio.wait(..., return_when=FIRST_COMPLETED)`",
    );
    run.assert_timeline(&[
        cancelled("task 1", 0, 1),
        finished("task 1: cleanup", 1, 1),
        finished("task 2", 0, 1),
        finished("task 2: cleanup", 1, 1),
        cancelled("slow", 0, 1),
        finished("slow: cleanup", 1, 1),
        finished(RETURNED, 1, 1),
    ]);
    assert_cleaned_up_before_returning(&run, &["task 1", "slow"]);
    run.assert_took(1);
}

#[test]
fn task_group_with_tracker_returns_every_value_in_job_order_when_all_succeed() {
    let run = grade(|| task_group_with_tracker(jobs_that_all_succeed()));

    run.assert_value(
        Ok(vec![20, 30, 10]),
        "the values in the order of the jobs, not in the order they finished nor sorted",
    );
    run.assert_spawned(&["task 1", "task 2", "task 3"]);
    run.assert_max_concurrency(3);
    run.assert_took(3);
}

#[test]
fn task_group_with_tracker_lets_the_cancelled_task_roll_back_and_waits_for_it() {
    let run = grade(|| marking_return(task_group_with_tracker(jobs_where_task_2_fails())));

    run.assert_value(
        Err(vec!["oops!".to_string()]),
        "task 2's error alone: the slow job was asked to stop, and stopping is not a failure",
    );
    run.assert_spawned(&["task 1", "task 2", "slow"]);
    run.assert_timeline(&[
        finished("task 1", 0, 1),
        finished("task 1: cleanup", 1, 1),
        finished("task 2", 0, 2),
        finished("task 2: cleanup", 2, 2),
        cancelled("slow", 0, 2),
        finished("slow: cleanup", 2, 2),
        finished("slow: roll back", 2, 3),
        finished(RETURNED, 3, 3),
    ]);
    run.assert_took(3);
}

#[test]
fn task_group_with_tracker_returns_every_error_including_one_at_the_same_moment() {
    let run = grade(|| marking_return(task_group_with_tracker(jobs_where_two_fail_at_once())));

    run.assert_eq(sorted_errors(&run.value), Some(vec!["oops!", "ouch!"]), EVERY_ERROR);
    run.assert_timeline(&[
        finished("task 1", 0, 1),
        finished("task 1: cleanup", 1, 1),
        finished("task 2", 0, 2),
        finished("task 2: cleanup", 2, 2),
        finished("task 3", 0, 2),
        finished("task 3: cleanup", 2, 2),
        cancelled("slow", 0, 2),
        finished("slow: cleanup", 2, 2),
        finished("slow: roll back", 2, 3),
        finished(RETURNED, 3, 3),
    ]);
    run.assert_took(3);
}

/// The errors a task group returned, sorted (they may come in any order),
/// or `None` when it returned `Ok`.
fn sorted_errors(value: &Result<Vec<u32>, Vec<String>>) -> Option<Vec<&str>> {
    let mut errors: Vec<&str> = value.as_ref().err()?.iter().map(String::as_str).collect();
    errors.sort_unstable();
    Some(errors)
}

/// What the errors of two jobs that fail at one instant must be.
const EVERY_ERROR: &str = "return every error, in any order. Task 3 failed at the same moment \
    as task 2, so its error was already there when the first one arrived: a job that has ended \
    cannot be cancelled any more, and its error must not be lost (`shutdown()` throws such \
    results away; a task that listens for the token before its job's result drops it too)";

/// Each job's `"<name>: cleanup"` was recorded before [`RETURNED`].
#[track_caller]
fn assert_cleaned_up_before_returning<T>(run: &Run<T>, jobs: &[&str]) {
    for job in jobs {
        run.assert_recorded_before(&format!("{job}: cleanup"), RETURNED, WAIT_FOR_ABORTED);
    }
}

/// What it means when a cleanup comes after the return.
const WAIT_FOR_ABORTED: &str = "An aborted task stops only when the runtime next gets to it, so \
    nothing waited for it to stop. Dropping a JoinSet (or calling `abort`) only asks; wait for the \
    tasks too: keep calling `join_next()` until it gives `None`, or `shutdown().await`.";
