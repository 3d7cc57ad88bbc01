//! Lesson 03: gather: all results, in order, and errors.

use timeline::grade::{cancelled, finished, grade, timed, units};

use crate::exercise::lesson03::{
    Job, gather_fail_fast, gather_in_order, gather_like_python, gather_results,
    gather_with_fallback,
};

/// A 3 units, B 1 unit and fails with "oops!", C 2 units.
fn jobs_where_b_fails_first() -> Vec<Job> {
    vec![
        Job { name: "A", units: 3, result: Ok(10) },
        Job { name: "B", units: 1, result: Err("oops!") },
        Job { name: "C", units: 2, result: Ok(30) },
    ]
}

fn jobs_that_all_succeed() -> Vec<Job> {
    vec![
        Job { name: "A", units: 3, result: Ok(10) },
        Job { name: "B", units: 1, result: Ok(20) },
        Job { name: "C", units: 2, result: Ok(30) },
    ]
}

#[test]
fn gather_in_order_returns_names_in_argument_order_after_the_slowest() {
    let run = grade(|| gather_in_order(vec![("A", 3), ("B", 1), ("C", 2)]));

    assert_eq!(run.value, ["A", "B", "C"]);
    run.assert_timeline(&[finished("A", 0, 3), finished("B", 0, 1), finished("C", 0, 2)]);
    run.assert_took(3);
}

#[test]
fn gather_results_keeps_each_failure_in_its_place() {
    let run = grade(|| gather_results(jobs_where_b_fails_first()));

    assert_eq!(run.value, [Ok(10), Err("oops!".to_string()), Ok(30)]);
    run.assert_max_concurrency(3);
    run.assert_took(3);
}

#[test]
fn gather_like_python_returns_all_values_in_order_when_nothing_fails() {
    let run = grade(|| gather_like_python(jobs_that_all_succeed()));

    assert_eq!(run.value, Ok(vec![10, 20, 30]));
    run.assert_took(3);
}

#[test]
fn gather_like_python_returns_the_first_error_at_once_and_the_others_keep_running() {
    let run = grade(|| async {
        let (result, returned_after) = timed(gather_like_python(jobs_where_b_fails_first())).await;
        // Stay around long enough to see what happens to A and C.
        tokio::time::sleep(units(5)).await;
        (result, returned_after)
    });

    let (result, returned_after) = &run.value;
    assert_eq!(*result, Err("oops!".to_string()));
    assert_eq!(*returned_after, units(1), "the error must come back as soon as B fails");
    run.assert_timeline(&[finished("A", 0, 3), finished("B", 0, 1), finished("C", 0, 2)]);
}

#[test]
fn gather_fail_fast_returns_the_first_error_and_cancels_the_others() {
    let run = grade(|| async {
        let result = gather_fail_fast(jobs_where_b_fails_first()).await;
        tokio::time::sleep(units(5)).await;
        result
    });

    assert_eq!(run.value, Err("oops!".to_string()));
    run.assert_timeline(&[cancelled("A", 0, 1), finished("B", 0, 1), cancelled("C", 0, 1)]);
}

#[test]
fn gather_fail_fast_returns_all_values_in_order_when_nothing_fails() {
    let run = grade(|| gather_fail_fast(jobs_that_all_succeed()));

    assert_eq!(run.value, Ok(vec![10, 20, 30]));
    run.assert_took(3);
}

#[test]
fn gather_with_fallback_replaces_each_failure_with_the_fallback() {
    let run = grade(|| gather_with_fallback(jobs_where_b_fails_first(), 0));

    assert_eq!(run.value, [10, 0, 30]);
    run.assert_max_concurrency(3);
    run.assert_took(3);
}
