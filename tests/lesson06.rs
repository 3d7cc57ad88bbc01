//! Lesson 06: timeouts.

use timeline::grade::{cancelled, finished, grade, units};

use crate::exercise::lesson06::{
    TimedOut, chop_all_within, chop_each_within, chop_in_task_within, chop_in_turn_within,
    chop_within,
};

/// Brinjal 2 units, carrot 3, onion 12, tomato 5.
fn vegetables() -> Vec<(&'static str, u64)> {
    vec![("brinjal", 2), ("carrot", 3), ("onion", 12), ("tomato", 5)]
}

#[test]
fn chop_within_gives_up_at_the_limit_and_cancels_the_chopping() {
    let run = grade(|| chop_within("onion", 12, units(10)));

    assert_eq!(run.value, Err(TimedOut("onion")));
    run.assert_timeline(&[cancelled("onion", 0, 10)]);
    run.assert_took(10);
}

#[test]
fn chop_within_returns_as_soon_as_the_vegetable_is_done() {
    let run = grade(|| chop_within("carrot", 3, units(10)));

    assert_eq!(run.value, Ok("carrot"));
    run.assert_timeline(&[finished("carrot", 0, 3)]);
    run.assert_took(3);
}

#[test]
fn chop_each_within_lets_the_onion_time_out_and_the_others_succeed_in_order() {
    let run = grade(|| chop_each_within(vegetables(), units(10)));

    assert_eq!(run.value, [Ok("brinjal"), Ok("carrot"), Err(TimedOut("onion")), Ok("tomato")]);
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
fn chop_each_within_waits_only_for_the_slowest_when_everything_fits() {
    let run = grade(|| chop_each_within(vegetables(), units(20)));

    assert_eq!(run.value, [Ok("brinjal"), Ok("carrot"), Ok("onion"), Ok("tomato")]);
    run.assert_took(12);
}

#[test]
fn chop_all_within_returns_nothing_when_the_deadline_passes() {
    let run = grade(|| chop_all_within(vegetables(), units(10)));

    // The tasks ran exactly as with a limit per vegetable (chop_each_within),
    // but one deadline for the batch is all or nothing: the three vegetables
    // that were done in time come back with no name either.
    assert!(
        run.value.is_err(),
        "expected Err(Elapsed): nothing comes back when the batch misses its deadline, got {:?}",
        run.value
    );
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

    assert!(run.value.is_err(), "expected Err(Elapsed), got {:?}", run.value);
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

    assert_eq!(run.value, Ok(vec!["brinjal", "carrot", "onion", "tomato"]));
    run.assert_took(12);
}

#[test]
fn chop_in_task_within_aborts_the_task_when_time_is_up() {
    let run = grade(|| chop_in_task_within("onion", 12, units(10)));

    assert_eq!(run.value, Err(TimedOut("onion")));
    run.assert_spawned(&["onion"]);
    // Cancelled at 10, like Python's wait_for cancels its task. A task left
    // chopping until 12 fails the run as a leak before this line.
    run.assert_timeline(&[cancelled("onion", 0, 10)]);
    run.assert_took(10);
}

#[test]
fn chop_in_task_within_returns_the_name_when_the_task_is_done_in_time() {
    let run = grade(|| chop_in_task_within("carrot", 3, units(10)));

    assert_eq!(run.value, Ok("carrot"));
    run.assert_spawned(&["carrot"]);
    run.assert_timeline(&[finished("carrot", 0, 3)]);
    run.assert_took(3);
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
    assert_eq!(run.value, Err(TimedOut("onion")));
    run.assert_took(12);
}

#[test]
fn chop_in_turn_within_returns_every_name_when_the_budget_is_enough() {
    let run = grade(|| chop_in_turn_within(vegetables(), units(30)));

    assert_eq!(run.value, Ok(vec!["brinjal", "carrot", "onion", "tomato"]));
    run.assert_max_concurrency(1);
    run.assert_took(22);
}
