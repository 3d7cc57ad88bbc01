//! Lesson 06: timeouts.
//!
//! A task still chopping when your function returns fails the test as a
//! leak: giving up on a task must stop it, and wait until it has stopped.

use timeline::grade::{cancelled, finished, grade, units};
use tokio::time::error::Elapsed;

use crate::exercise::{
    TimedOut, chop_all_within, chop_each_within, chop_in_task_within, chop_in_turn_within,
    chop_within,
};

/// Brinjal 2 units, carrot 3, onion 12, tomato 5.
fn vegetables() -> Vec<(&'static str, u64)> {
    vec![("brinjal", 2), ("carrot", 3), ("onion", 12), ("tomato", 5)]
}

/// The same four, the slow onion near the front and in an order that is
/// neither alphabetical nor the order they are done in.
fn vegetables_out_of_order() -> Vec<(&'static str, u64)> {
    vec![("tomato", 5), ("onion", 12), ("carrot", 3), ("brinjal", 2)]
}

#[test]
fn chop_within_gives_up_at_the_limit_and_cancels_the_chopping() {
    let run = grade(|| chop_within("onion", 12, units(10)));

    run.assert_value(Err(TimedOut("onion")), "the onion needs 12 units and the limit is 10");
    run.assert_timeline(&[cancelled("onion", 0, 10)]);
    run.assert_took(10);
}

#[test]
fn chop_within_returns_as_soon_as_the_vegetable_is_done() {
    let run = grade(|| chop_within("carrot", 3, units(10)));

    run.assert_value(Ok("carrot"), "the carrot needs 3 units, well within the limit of 10");
    run.assert_timeline(&[finished("carrot", 0, 3)]);
    run.assert_took(3);
}

#[test]
fn chop_within_uses_the_limit_it_is_given() {
    let run = grade(|| chop_within("tomato", 5, units(4)));

    run.assert_value(Err(TimedOut("tomato")), "the tomato needs 5 units and the limit is 4");
    run.assert_timeline(&[cancelled("tomato", 0, 4)]);
    run.assert_took(4);
}

#[test]
fn chop_each_within_lets_the_onion_time_out_and_the_others_succeed_in_order() {
    let run = grade(|| chop_each_within(vegetables(), units(10)));

    run.assert_value(
        vec![Ok("brinjal"), Ok("carrot"), Err(TimedOut("onion")), Ok("tomato")],
        "one outcome per vegetable, in the order given: only the onion (12 units) is over the \
         limit of 10",
    );
    run.assert_timeline(&[
        finished("brinjal", 0, 2),
        finished("carrot", 0, 3),
        cancelled("onion", 0, 10),
        finished("tomato", 0, 5),
    ]);
    run.assert_max_concurrency(4);
    // 10, not the onion's 12: the limit caps the whole batch.
    run.assert_took(10);
}

#[test]
fn chop_each_within_keeps_the_order_given_not_the_order_they_are_done_in() {
    let run = grade(|| chop_each_within(vegetables_out_of_order(), units(10)));

    run.assert_value(
        vec![Ok("tomato"), Err(TimedOut("onion")), Ok("carrot"), Ok("brinjal")],
        "one outcome per vegetable, in the order given (not the order they were done in, and \
         not sorted)",
    );
    run.assert_took(10);
}

#[test]
fn chop_each_within_waits_only_for_the_slowest_when_everything_fits() {
    let run = grade(|| chop_each_within(vegetables(), units(20)));

    run.assert_value(
        vec![Ok("brinjal"), Ok("carrot"), Ok("onion"), Ok("tomato")],
        "with a limit of 20 every vegetable is done in time",
    );
    run.assert_took(12);
}

#[test]
fn chop_all_within_returns_nothing_when_the_deadline_passes() {
    let run = grade(|| chop_all_within(vegetables(), units(10)));

    // The tasks ran exactly as with a limit per vegetable (chop_each_within),
    // but one deadline for the batch is all or nothing: the three vegetables
    // that were done in time come back with no name either.
    run.assert_eq(names_or_elapsed(&run.value), Err(ELAPSED), ALL_OR_NOTHING);
    run.assert_timeline(&[
        finished("brinjal", 0, 2),
        finished("carrot", 0, 3),
        cancelled("onion", 0, 10),
        finished("tomato", 0, 5),
    ]);
    run.assert_took(10);
}

#[test]
fn chop_all_within_cancels_everything_unfinished_at_the_deadline() {
    let run = grade(|| chop_all_within(vegetables(), units(4)));

    run.assert_eq(names_or_elapsed(&run.value), Err(ELAPSED), ALL_OR_NOTHING);
    run.assert_timeline(&[
        finished("brinjal", 0, 2),
        finished("carrot", 0, 3),
        cancelled("onion", 0, 4),
        cancelled("tomato", 0, 4),
    ]);
    run.assert_took(4);
}

#[test]
fn chop_all_within_returns_every_name_in_order_when_the_batch_fits() {
    let run = grade(|| chop_all_within(vegetables(), units(20)));

    run.assert_value(
        Ok(vec!["brinjal", "carrot", "onion", "tomato"]),
        "every name, in the order given: the batch was done at 12, within the limit of 20",
    );
    run.assert_max_concurrency(4);
    run.assert_took(12);
}

#[test]
fn chop_all_within_keeps_the_order_given_not_the_order_they_are_done_in() {
    let run = grade(|| chop_all_within(vegetables_out_of_order(), units(20)));

    run.assert_value(
        Ok(vec!["tomato", "onion", "carrot", "brinjal"]),
        "every name, in the order given (not the order they were done in, and not sorted)",
    );
    run.assert_took(12);
}

#[test]
fn chop_in_task_within_aborts_the_task_when_time_is_up() {
    let run = grade(|| chop_in_task_within("onion", 12, units(10)));

    run.assert_value(Err(TimedOut("onion")), "the onion needs 12 units and the limit is 10");
    run.assert_spawned(&["onion"]);
    // Cancelled at 10, like Python's wait_for cancels its task. A task left
    // chopping, or aborted but not awaited, fails the run as a leak before
    // this line.
    run.assert_timeline(&[cancelled("onion", 0, 10)]);
    run.assert_took(10);
}

#[test]
fn chop_in_task_within_returns_the_name_when_the_task_is_done_in_time() {
    let run = grade(|| chop_in_task_within("carrot", 3, units(10)));

    run.assert_value(Ok("carrot"), "the carrot needs 3 units, well within the limit of 10");
    run.assert_spawned(&["carrot"]);
    run.assert_timeline(&[finished("carrot", 0, 3)]);
    run.assert_took(3);
}

#[test]
fn chop_in_task_within_uses_the_limit_it_is_given() {
    let run = grade(|| chop_in_task_within("tomato", 5, units(4)));

    run.assert_value(Err(TimedOut("tomato")), "the tomato needs 5 units and the limit is 4");
    run.assert_spawned(&["tomato"]);
    run.assert_timeline(&[cancelled("tomato", 0, 4)]);
    run.assert_took(4);
}

#[test]
fn chop_in_turn_within_gives_each_vegetable_only_what_is_left_of_the_budget() {
    let run = grade(|| chop_in_turn_within(vegetables(), units(12)));

    // The onion starts at 5 with 7 units left, and the tomato never starts.
    // With a limit of 12 per vegetable the onion would finish at 17.
    run.assert_timeline(&[
        finished("brinjal", 0, 2),
        finished("carrot", 2, 5),
        cancelled("onion", 5, 12),
    ]);
    run.assert_value(
        Err(TimedOut("onion")),
        "the onion was being chopped when the budget of 12 ran out",
    );
    run.assert_took(12);
}

#[test]
fn chop_in_turn_within_returns_every_name_when_the_budget_is_enough() {
    let run = grade(|| chop_in_turn_within(vegetables(), units(30)));

    run.assert_value(
        Ok(vec!["brinjal", "carrot", "onion", "tomato"]),
        "every name, in the order given: the four took 22 of the 30 units",
    );
    run.assert_max_concurrency(1);
    run.assert_took(22);
}

/// How the tests write tokio's `Elapsed`, which only tokio can make.
const ELAPSED: &str = "Elapsed";

/// What `chop_all_within` returned, with an `Err(Elapsed)` written as
/// [`ELAPSED`] so that the test can compare it.
fn names_or_elapsed(
    value: &Result<Vec<&'static str>, Elapsed>,
) -> Result<Vec<&'static str>, &'static str> {
    match value {
        Ok(names) => Ok(names.clone()),
        Err(_elapsed) => Err(ELAPSED),
    }
}

/// What a batch that missed its deadline must return.
const ALL_OR_NOTHING: &str = "return `Err(Elapsed)` once the deadline has passed with any \
    vegetable unfinished: one deadline for the batch is all or nothing, so the names that were \
    done in time are lost too";
