//! Lesson 06: timeouts.
//!
//! A task still chopping when your function returns fails the test as a
//! leak: giving up on a task must stop it, and wait until it has stopped.

use std::time::Duration;

use timeline::grade::{Gen, Observed, Run, cancelled, finished, grade, scenarios, units};
use tokio::time::error::Elapsed;

use crate::exercise::{
    TimedOut, chop_all_within, chop_each_within, chop_in_task_within, chop_in_turn_within,
    chop_within,
};
use crate::reference;

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

// Scenario tests: each function on generated vegetables (0 to 8 of them,
// names repeating, 0 to 6 units each) and limits that fall exactly where a
// vegetable is done, a millisecond before or after that, or anywhere,
// compared with the reference solution: the value, every span, and when the
// function returned. A vegetable done at the very instant its limit passes
// is in time, as with `tokio::time::timeout`; about a third of the scenarios
// put a limit on such an instant, where a `select!` without `biased;` picks
// a branch at random, so such a race is caught in every run.

/// How many times each scenario runs your function, to catch a `select!`
/// that picks at random at a tie in every run, not only in most: the
/// scenarios hold about forty ties, so a coin toss at each goes the lucky
/// way every time once in 2^80 runs of the test.
const TRIES: usize = 2;

#[test]
fn chop_within_matches_the_reference_on_limits_near_the_chopping_time() {
    scenarios().repeat(TRIES).compare(
        generated_chop,
        |(vegetable, time, limit)| chop_within(vegetable, time, limit),
        |(vegetable, time, limit)| reference::chop_within(vegetable, time, limit),
    );
}

#[test]
fn chop_each_within_matches_the_reference_on_generated_vegetables() {
    scenarios().repeat(TRIES).compare(
        generated_batch,
        |(vegetables, limit)| chop_each_within(vegetables, limit),
        |(vegetables, limit)| reference::chop_each_within(vegetables, limit),
    );
}

#[test]
fn chop_all_within_matches_the_reference_on_generated_vegetables() {
    scenarios().repeat(TRIES).compare_by(
        generated_batch,
        |(vegetables, limit)| chop_all_within(vegetables, limit),
        |(vegetables, limit)| reference::chop_all_within(vegetables, limit),
        open_at_the_deadline,
    );
}

#[test]
fn chop_in_task_within_matches_the_reference_on_limits_near_the_chopping_time() {
    scenarios().compare(
        generated_chop_in_a_task,
        |(vegetable, time, limit)| chop_in_task_within(vegetable, time, limit),
        |(vegetable, time, limit)| reference::chop_in_task_within(vegetable, time, limit),
    );
}

#[test]
fn chop_in_turn_within_matches_the_reference_on_budgets_near_where_a_vegetable_ends() {
    scenarios().repeat(TRIES).compare_by(
        generated_sequence,
        |(vegetables, budget)| chop_in_turn_within(vegetables, budget),
        |(vegetables, budget)| reference::chop_in_turn_within(vegetables, budget),
        without_instant_cancels,
    );
}

/// One vegetable, its time (0 to 6 units) and a limit near that time.
fn generated_chop(g: &mut Gen) -> (&'static str, u64, Duration) {
    let time = generated_time(g);
    (g.name(), time, limit_near(g, units(time)))
}

/// One vegetable, its time and a limit near it but never exactly on it: a
/// task's handle is ready only once the runtime has run the task, so a task
/// done at the very instant of the limit may come in just after the timer,
/// and the spec leaves that order to the runtime.
fn generated_chop_in_a_task(g: &mut Gen) -> (&'static str, u64, Duration) {
    let (vegetable, time, limit) = generated_chop(g);
    let limit = if limit == units(time) { limit + Duration::from_millis(1) } else { limit };
    (vegetable, time, limit)
}

/// 0 to 8 vegetables chopped together, and a limit near the time of one of
/// them.
fn generated_batch(g: &mut Gen) -> (Vec<(&'static str, u64)>, Duration) {
    let vegetables = generated_vegetables(g);
    let times: Vec<Duration> = vegetables.iter().map(|&(_, time)| units(time)).collect();
    let limit = limit_near_one_of(g, &times);
    (vegetables, limit)
}

/// 0 to 8 vegetables chopped in turn, and a budget near the moment one of
/// them would be done.
fn generated_sequence(g: &mut Gen) -> (Vec<(&'static str, u64)>, Duration) {
    let vegetables = generated_vegetables(g);
    let ends: Vec<Duration> = vegetables
        .iter()
        .scan(0, |end, &(_, time)| {
            *end += time;
            Some(units(*end))
        })
        .collect();
    let budget = limit_near_one_of(g, &ends);
    (vegetables, budget)
}

/// 0 to 8 vegetables, names repeating, of 0 to 6 units each.
fn generated_vegetables(g: &mut Gen) -> Vec<(&'static str, u64)> {
    let count = g.count();
    g.items(count, |g| (g.name(), generated_time(g)))
}

/// How long one vegetable takes: 1 to 6 units, and now and then 0.
fn generated_time(g: &mut Gen) -> u64 {
    if g.chance(10) { 0 } else { g.between(1, 6) }
}

/// A limit near one of `times` (or near 0 when there is none).
fn limit_near_one_of(g: &mut Gen, times: &[Duration]) -> Duration {
    let time = if times.is_empty() { Duration::ZERO } else { g.pick(times) };
    limit_near(g, time)
}

/// A limit near `time`: exactly on it (a third of the time), a millisecond
/// before or after it, or anywhere from 0 to 8 units.
fn limit_near(g: &mut Gen, time: Duration) -> Duration {
    let millisecond = Duration::from_millis(1);
    match g.below(6) {
        0 | 1 => time,
        2 => time.saturating_sub(millisecond),
        3 => time + millisecond,
        _ => g.millis(0, 8_000),
    }
}

/// The default observation, except whether a row that ended at the very
/// instant the function returned finished or was cancelled, and whether a
/// vegetable that would take no time was started at all when the deadline
/// is 0: when a batch misses its deadline, a vegetable done at that instant
/// is lost either way, and a `try_join_all` of timeouts that meets a late
/// one first drops the rest, started or not.
fn open_at_the_deadline<T: std::fmt::Debug>(run: &Run<T>) -> Observed {
    let mut observed = Observed::of(run);
    let returned = observed.returned;
    observed.spans.retain(|(start, end, _, _)| !(*start == returned && *end == returned));
    for (_, end, _, outcome) in &mut observed.spans {
        if *end == observed.returned {
            *outcome = "finished or cancelled".to_string();
        }
    }
    observed.spans.sort();
    observed
}

/// The default observation without the rows of chops that were started and
/// cancelled at one instant: when the budget runs out just as one vegetable
/// is done, the next one is late before it has done anything, and whether
/// it was started at all is left open.
fn without_instant_cancels<T: std::fmt::Debug>(run: &Run<T>) -> Observed {
    let mut observed = Observed::of(run);
    observed.spans.retain(|(start, end, _, outcome)| !(start == end && outcome == "Cancelled"));
    observed
}
