//! Lesson 03: gather: all results, in order, and errors.
//!
//! The tests where a job fails tell Python's behaviour from the Rust one by
//! the timeline: after B fails at 1, either A and C go on and finish at 3
//! and 2, or they are cancelled at 1.

use timeline::grade::{
    Gen, Observed, RETURNED, Run, cancelled, finished, grade, marking_return, scenarios, units,
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

/// 39 slow jobs of 3 units, then B, which fails with "oops!" at 1: more
/// futures than `try_join_all` watches as they end (30 at most).
fn forty_jobs_where_the_last_fails_first() -> Vec<Job> {
    let mut jobs = vec![Job { name: "slow", units: 3, result: Ok(10) }; 39];
    jobs.push(Job { name: "B", units: 1, result: Err("oops!") });
    jobs
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
fn gather_like_python_returns_the_first_error_at_once_however_many_jobs_come_before_it() {
    let run = grade(|| and_then_watch(gather_like_python(forty_jobs_where_the_last_fails_first())));

    run.assert_value(Err("oops!".to_string()), "B's error, the first one");
    run.assert_eq(run.task(RETURNED).start, units(1), AT_ONCE_AMONG_FORTY);
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
fn gather_fail_fast_returns_the_first_error_at_once_however_many_jobs_come_before_it() {
    let run = grade(|| gather_fail_fast(forty_jobs_where_the_last_fails_first()));

    run.assert_value(Err("oops!".to_string()), "B's error, the first one");
    run.assert_eq(run.elapsed, units(1), AT_ONCE_AMONG_FORTY);
    let mut expected = vec![cancelled("slow", 0, 1); 39];
    expected.push(finished("B", 0, 1));
    run.assert_timeline(&expected);
}

/// Why the error must come back at 1 among forty jobs too.
const AT_ONCE_AMONG_FORTY: &str = "return B's error the moment B fails, at 1 unit, although 39 \
    jobs come before it in the list. `try_join_all` over more than 30 futures switches to a \
    `FuturesOrdered`, which hands results back in list order: it sees B's error only once the 39 \
    jobs before it have ended, at 3";

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

// Scenario tests: each function on generated jobs (0 to 8 of them, now and
// then 33 to 40, with durations that differ or tie, names that repeat, and
// failures anywhere, several at one instant), compared with the reference
// solution: the value, every span, and when the function returned. Where
// the spec leaves a choice, only what it fixes is compared: of two errors
// at the instant of the first failure, either may come back; and a job that
// ends at the very instant a fail-fast gathering returns its error may be
// finished or cancelled.

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
    scenarios().compare_by(
        generated_jobs,
        |jobs| and_then_watch(gathered(jobs, gather_like_python)),
        |jobs| and_then_watch(gathered(jobs, reference::gather_like_python)),
        any_first_error,
    );
}

#[test]
fn gather_fail_fast_matches_the_reference_on_generated_jobs() {
    scenarios().compare_by(
        generated_jobs,
        |jobs| gathered(jobs, gather_fail_fast),
        |jobs| gathered(jobs, reference::gather_fail_fast),
        any_first_error_and_either_end_at_the_return,
    );
}

#[test]
fn gather_with_fallback_matches_the_reference_on_generated_jobs() {
    scenarios().compare(
        |g| (generated_jobs(g), g.between(0, 99) as u32),
        |(jobs, fallback)| gather_with_fallback(jobs, fallback),
        |(jobs, fallback)| reference::gather_with_fallback(jobs, fallback),
    );
}

/// How many requests or jobs a scenario has: 0 to its size, and one time in
/// ten 33 to 40. That is past the 30 futures above which `join_all` and
/// `try_join_all` work differently (through a `FuturesOrdered`), and past
/// the buffer sizes a solution might pick (8, 10, 16, 32).
fn item_count(g: &mut Gen) -> usize {
    if g.chance(10) { g.between(33, 40) as usize } else { g.count() }
}

/// Requests, names repeating, each taking 0 to 4 units.
fn generated_requests(g: &mut Gen) -> Vec<(&'static str, u64)> {
    let count = item_count(g);
    g.items(count, |g| (g.name(), g.between(0, 4)))
}

/// Jobs of 0 to 4 units; about one in three fails.
fn generated_jobs(g: &mut Gen) -> Vec<Job> {
    let count = item_count(g);
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

/// What a gathering that stops at the first error returned, beside the
/// errors the spec lets it return: those of every job that fails at the
/// earliest instant a job fails (more than one when several fail at once).
#[derive(Debug)]
struct Gathered {
    returned: Result<Vec<u32>, String>,
    errors_at_the_first_failure: Vec<&'static str>,
}

/// Runs `gather` on `jobs`, noting which errors count as the first.
async fn gathered<F>(jobs: Vec<Job>, gather: fn(Vec<Job>) -> F) -> Gathered
where
    F: Future<Output = Result<Vec<u32>, String>>,
{
    let first = jobs.iter().filter(|job| job.result.is_err()).map(|job| job.units).min();
    let errors_at_the_first_failure = jobs
        .iter()
        .filter(|job| Some(job.units) == first)
        .filter_map(|job| job.result.err())
        .collect();
    Gathered { returned: gather(jobs).await, errors_at_the_first_failure }
}

/// The default observation, with the value read as the spec fixes it: an
/// error counts as the first when any job that failed at that instant had it.
fn any_first_error(run: &Run<Gathered>) -> Observed {
    let Gathered { returned, errors_at_the_first_failure: ties } = &run.value;
    let value = match returned {
        Err(error) if ties.len() > 1 && ties.contains(&error.as_str()) => {
            format!("Err(any of {ties:?})")
        }
        other => format!("{other:?}"),
    };
    Observed { value, ..Observed::of(run) }
}

/// As [`any_first_error`], and at the very instant the error came back, a
/// job that ended may have finished or been cancelled (either way it had
/// stopped), and one due to start and end then (an error at 0) may not have
/// started at all.
fn any_first_error_and_either_end_at_the_return(run: &Run<Gathered>) -> Observed {
    let mut seen = any_first_error(run);
    if run.value.returned.is_err() {
        let returned = run.elapsed;
        seen.spans.retain(|(start, end, _, _)| (*start, *end) != (returned, returned));
        for (_, end, _, outcome) in &mut seen.spans {
            if *end == returned {
                *outcome = "finished or cancelled".to_string();
            }
        }
        seen.spans.sort();
    }
    seen
}
