//! Lesson 03: gather: all results, in order, and errors.
//!
//! The tests where a job fails tell Python's behaviour from the Rust one by
//! the timeline: after B fails at 1, either A and C go on and finish at 3
//! and 2, or they are cancelled at 1.

use timeline::grade::{
    Gen, RETURNED, cancelled, finished, grade, marking_return, scenarios, units,
};

use crate::exercise::{
    Job, gather_fail_fast, gather_in_order, gather_like_python, gather_results,
    gather_with_fallback,
};
use crate::reference;

/// A 3 units, B 1 unit and fails with "oops!", C 2 units.
fn jobs_where_b_fails_first() -> Vec<Job> {
    vec![
        Job { name: "A", units: 3, result: Ok(10) },
        Job { name: "B", units: 1, result: Err("oops!") },
        Job { name: "C", units: 2, result: Ok(30) },
    ]
}

/// They finish in the order B, C, A.
fn jobs_that_all_succeed() -> Vec<Job> {
    vec![
        Job { name: "A", units: 3, result: Ok(10) },
        Job { name: "B", units: 1, result: Ok(20) },
        Job { name: "C", units: 2, result: Ok(30) },
    ]
}

/// Waits 5 units more after `work` returned, to show what happens to the
/// jobs it left behind.
async fn and_then_watch<T>(work: impl Future<Output = T>) -> T {
    let output = marking_return(work).await;
    tokio::time::sleep(units(5)).await;
    output
}

#[test]
fn gather_in_order_returns_names_in_argument_order_after_the_slowest() {
    let run = grade(|| gather_in_order(vec![("A", 3), ("B", 1), ("C", 2)]));

    run.assert_value(vec!["A", "B", "C"], "the names in the order of the requests");
    run.assert_timeline(&[finished("A", 0, 3), finished("B", 0, 1), finished("C", 0, 2)]);
    run.assert_took(3);
}

#[test]
fn gather_in_order_keeps_argument_order_when_it_is_neither_sorted_nor_finishing_order() {
    // Finishing order: east, west, north. Sorted: east, north, west.
    let run = grade(|| gather_in_order(vec![("north", 3), ("east", 1), ("west", 2)]));

    run.assert_value(
        vec!["north", "east", "west"],
        "the names in the order of the requests, not in the order they finished, and not sorted",
    );
    run.assert_timeline(&[finished("north", 0, 3), finished("east", 0, 1), finished("west", 0, 2)]);
    run.assert_took(3);
}

#[test]
fn gather_results_keeps_each_failure_in_its_place() {
    let run = grade(|| gather_results(jobs_where_b_fails_first()));

    run.assert_value(
        vec![Ok(10), Err("oops!".to_string()), Ok(30)],
        "every job's outcome in job order, B's failure in B's place",
    );
    run.assert_max_concurrency(3);
    run.assert_took(3);
}

#[test]
fn gather_like_python_returns_all_values_in_order_when_nothing_fails() {
    let run = grade(|| gather_like_python(jobs_that_all_succeed()));

    run.assert_value(Ok(vec![10, 20, 30]), "every value, in job order");
    run.assert_max_concurrency(3);
    run.assert_took(3);
}

#[test]
fn gather_like_python_returns_the_first_error_at_once_and_the_others_keep_running() {
    let run = grade(|| and_then_watch(gather_like_python(jobs_where_b_fails_first())));

    run.assert_value(Err("oops!".to_string()), "B's error, the first one");
    run.assert_eq(
        run.task(RETURNED).start,
        units(1),
        "return B's error the moment B fails, at 1 unit, without waiting for A and C",
    );
    run.assert_timeline(&[
        finished("A", 0, 3),
        finished("B", 0, 1),
        finished("C", 0, 2),
        finished(RETURNED, 1, 1),
    ]);
}

#[test]
fn gather_fail_fast_returns_all_values_in_order_when_nothing_fails() {
    let run = grade(|| gather_fail_fast(jobs_that_all_succeed()));

    run.assert_value(Ok(vec![10, 20, 30]), "every value, in job order");
    run.assert_max_concurrency(3);
    run.assert_took(3);
}

#[test]
fn gather_fail_fast_returns_the_first_error_and_cancels_the_others() {
    let run = grade(|| gather_fail_fast(jobs_where_b_fails_first()));

    run.assert_value(Err("oops!".to_string()), "B's error, the first one");
    run.assert_timeline(&[cancelled("A", 0, 1), finished("B", 0, 1), cancelled("C", 0, 1)]);
    run.assert_took(1);
}

#[test]
fn gather_with_fallback_replaces_each_failure_with_the_fallback() {
    let run = grade(|| gather_with_fallback(jobs_where_b_fails_first(), 99));

    run.assert_value(
        vec![10, 99, 30],
        "each job's value in job order, with the fallback given (99) in the place of B, which \
         failed",
    );
    run.assert_max_concurrency(3);
    run.assert_took(3);
}

// Scenario tests: each function on generated jobs (0 to 8 of them, with
// durations that differ or tie, names that repeat, and failures anywhere,
// several at one instant), compared with the reference solution: the value,
// every span, and when the function returned.

/// 0 to 8 requests, names repeating, each taking 0 to 4 units.
fn generated_requests(g: &mut Gen) -> Vec<(&'static str, u64)> {
    let count = g.count();
    g.items(count, |g| (g.name(), g.between(0, 4)))
}

/// 0 to 8 jobs of 0 to 4 units; about one in three fails.
fn generated_jobs(g: &mut Gen) -> Vec<Job> {
    let count = g.count();
    g.items(count, |g| Job {
        name: g.name(),
        units: g.between(0, 4),
        result: if g.chance(35) {
            Err(g.pick(&["oops!", "timed out", "refused"]))
        } else {
            Ok(g.between(0, 99) as u32)
        },
    })
}

#[test]
fn gather_in_order_matches_the_reference_on_generated_requests() {
    scenarios().compare(generated_requests, gather_in_order, reference::gather_in_order);
}

#[test]
fn gather_results_matches_the_reference_on_generated_jobs() {
    scenarios().compare(generated_jobs, gather_results, reference::gather_results);
}

#[test]
fn gather_like_python_matches_the_reference_on_generated_jobs() {
    scenarios().compare(
        generated_jobs,
        |jobs| and_then_watch(gather_like_python(jobs)),
        |jobs| and_then_watch(reference::gather_like_python(jobs)),
    );
}

#[test]
fn gather_fail_fast_matches_the_reference_on_generated_jobs() {
    scenarios().compare(generated_jobs, gather_fail_fast, reference::gather_fail_fast);
}

#[test]
fn gather_with_fallback_matches_the_reference_on_generated_jobs() {
    scenarios().compare(
        |g| (generated_jobs(g), g.between(0, 99) as u32),
        |(jobs, fallback)| gather_with_fallback(jobs, fallback),
        |(jobs, fallback)| reference::gather_with_fallback(jobs, fallback),
    );
}
