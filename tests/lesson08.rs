//! Lesson 08: as_completed: results as they arrive.
//!
//! Every exercise returns each name with the moment it reached the graded
//! function. Gathering first and sorting afterwards gives the right order
//! but the wrong moments (everything at 3), so these tests tell it apart.

use std::time::Duration;

use timeline::grade::{
    Gen, Observed, RETURNED, Run, cancelled, finished, grade, marking_return, scenarios, units,
};

use crate::exercise::{
    Arrival, as_completed_in_place, as_completed_in_tasks, first_n_completed, save_as_completed,
};
use crate::reference;

/// A takes 3 units, B 1 and C 2: they finish B, C, A.
fn requests() -> Vec<(&'static str, u64)> {
    vec![("A", 3), ("B", 1), ("C", 2)]
}

#[test]
fn as_completed_in_tasks_hands_over_each_result_the_moment_its_task_ends() {
    let run = grade(|| as_completed_in_tasks(requests()));

    run.assert_value(
        vec![("B", units(1)), ("C", units(2)), ("A", units(3))],
        "each name with the moment it reached your function: B at 1, C at 2, A at 3",
    );
    run.assert_spawned(&["A", "B", "C"]);
    run.assert_timeline(&[finished("A", 0, 3), finished("B", 0, 1), finished("C", 0, 2)]);
    run.assert_took(3);
}

#[test]
fn as_completed_in_tasks_follows_the_finishing_order_whatever_the_order_given() {
    let run = grade(|| as_completed_in_tasks(vec![("slow", 4), ("middle", 2), ("quick", 1)]));

    run.assert_value(
        vec![("quick", units(1)), ("middle", units(2)), ("slow", units(4))],
        "each name as its fetch ends: the order given does not matter",
    );
    run.assert_spawned(&["slow", "middle", "quick"]);
    run.assert_took(4);
}

#[test]
fn as_completed_in_place_gives_the_same_arrivals_without_spawning() {
    let run = grade(|| as_completed_in_place(requests()));

    run.assert_value(
        vec![("B", units(1)), ("C", units(2)), ("A", units(3))],
        "each name with the moment it reached your function: B at 1, C at 2, A at 3",
    );
    run.assert_not_spawned(&["A", "B", "C"]);
    run.assert_timeline(&[finished("A", 0, 3), finished("B", 0, 1), finished("C", 0, 2)]);
    run.assert_took(3);
}

#[test]
fn as_completed_in_place_follows_the_finishing_order_whatever_the_order_given() {
    let run = grade(|| as_completed_in_place(vec![("slow", 4), ("middle", 2), ("quick", 1)]));

    run.assert_value(
        vec![("quick", units(1)), ("middle", units(2)), ("slow", units(4))],
        "each name as its fetch ends: the order given does not matter",
    );
    run.assert_not_spawned(&["slow", "middle", "quick"]);
    run.assert_took(4);
}

#[test]
fn first_n_completed_returns_the_first_two_and_stops_the_third_before_returning() {
    let run = grade(|| marking_return(first_n_completed(requests(), 2)));

    run.assert_value(
        vec![("B", units(1)), ("C", units(2))],
        "the first two to arrive, each with the moment it reached your function",
    );
    run.assert_spawned(&["A", "B", "C"]);
    run.assert_timeline(&[
        cancelled("A", 0, 2),
        finished("A: stopped", 2, 2),
        finished("B", 0, 1),
        finished("C", 0, 2),
        finished(RETURNED, 2, 2),
    ]);
    run.assert_recorded_before("A: stopped", RETURNED, WAIT_FOR_ABORTED);
    run.assert_took(2);
}

#[test]
fn first_n_completed_with_one_stops_both_others_at_the_first_arrival() {
    let run = grade(|| marking_return(first_n_completed(requests(), 1)));

    run.assert_value(vec![("B", units(1))], "the first to arrive, alone");
    run.assert_spawned(&["A", "B", "C"]);
    run.assert_timeline(&[
        cancelled("A", 0, 1),
        finished("A: stopped", 1, 1),
        finished("B", 0, 1),
        cancelled("C", 0, 1),
        finished("C: stopped", 1, 1),
        finished(RETURNED, 1, 1),
    ]);
    run.assert_recorded_before("A: stopped", RETURNED, WAIT_FOR_ABORTED);
    run.assert_recorded_before("C: stopped", RETURNED, WAIT_FOR_ABORTED);
    run.assert_took(1);
}

#[test]
fn first_n_completed_returns_everything_when_n_is_more_than_there_is() {
    let run = grade(|| first_n_completed(requests(), 5));

    run.assert_value(
        vec![("B", units(1)), ("C", units(2)), ("A", units(3))],
        "all three, as they arrive: asking for 5 of 3 gives the 3 there are",
    );
    run.assert_spawned(&["A", "B", "C"]);
    run.assert_timeline(&[finished("A", 0, 3), finished("B", 0, 1), finished("C", 0, 2)]);
    run.assert_took(3);
}

#[test]
fn first_n_completed_with_zero_waits_for_nothing_and_stops_them_all() {
    let run = grade(|| marking_return(first_n_completed(requests(), 0)));

    run.assert_value(vec![], "no name at all: 0 were asked for");
    // Stopped before they ever ran: no fetch shows up on the timeline.
    run.assert_timeline(&[finished(RETURNED, 0, 0)]);
    run.assert_took(0);
}

#[test]
fn save_as_completed_saves_one_at_a_time_while_the_other_fetches_go_on() {
    let run = grade(|| save_as_completed(requests()));

    // The fetches end at 1, 2 and 3 as if nobody were saving: they kept
    // going during B's save. Fetches that stood still while your function
    // awaited a save end later than that.
    run.assert_timeline(&[
        finished("A", 0, 3),
        finished("B", 0, 1),
        finished("C", 0, 2),
        finished("save B", 1, 3),
        finished("save C", 3, 5),
        finished("save A", 5, 7),
    ]);
    run.assert_value(
        vec![("B", units(1)), ("C", units(3)), ("A", units(5))],
        "each name with the moment it reached your function, before its save: C, done at 2, is \
         taken when B's save ends at 3; A, done at 3, when C's save ends at 5",
    );
    run.assert_spawned(&["A", "B", "C"]);
    run.assert_took(7);
}

/// What it means when a fetch stops only after the return.
const WAIT_FOR_ABORTED: &str = "An aborted task stops only when the runtime next gets to it, so \
    nothing waited for it to stop. Dropping a JoinSet (or calling `abort_all`) only asks; wait for \
    the tasks too: `shutdown().await`, or keep calling `join_next()` until it gives `None`.";

// Scenario tests: each function on generated requests (0 to 8 of them,
// names repeating, 0 to 4 units each, several ending at one instant),
// compared with the reference solution: each name with the moment it
// arrived, every span, which spans ran in a spawned task, and when the
// function returned. Names that arrive at one instant may come in any
// order, so those tests compare the arrivals sorted, and that their times
// never go back.

#[test]
fn as_completed_in_tasks_matches_the_reference_on_generated_requests() {
    scenarios().compare_by(
        generated_requests,
        as_completed_in_tasks,
        reference::as_completed_in_tasks,
        arrivals_in_any_order_at_one_instant,
    );
}

#[test]
fn as_completed_in_place_matches_the_reference_on_generated_requests() {
    scenarios().compare_by(
        generated_requests,
        as_completed_in_place,
        reference::as_completed_in_place,
        arrivals_in_any_order_at_one_instant,
    );
}

#[test]
fn first_n_completed_matches_the_reference_on_generated_requests() {
    scenarios().compare_by(
        generated_requests_and_n,
        |(requests, n)| first_n_completed(requests, n),
        |(requests, n)| reference::first_n_completed(requests, n),
        any_of_those_arriving_last,
    );
}

#[test]
fn save_as_completed_matches_the_reference_on_generated_requests() {
    scenarios().compare_by(
        generated_requests_ending_apart,
        save_as_completed,
        reference::save_as_completed,
        with_tasks,
    );
}

/// 0 to 8 requests of 0 to 4 units, names repeating.
fn generated_requests(g: &mut Gen) -> Vec<(&'static str, u64)> {
    let count = g.count();
    g.items(count, |g| (g.name(), g.between(0, 4)))
}

/// 0 to 8 requests and how many to wait for: 0 to one more than there are.
fn generated_requests_and_n(g: &mut Gen) -> (Vec<(&'static str, u64)>, usize) {
    let requests = generated_requests(g);
    let n = g.between(0, requests.len() as u64 + 1) as usize;
    (requests, n)
}

/// 0 to 8 requests that all take a different time, 0 to 10 units: of two
/// results that reach the loop while it is saving, which is saved first the
/// spec fixes only when they did not arrive at one instant.
fn generated_requests_ending_apart(g: &mut Gen) -> Vec<(&'static str, u64)> {
    let mut times: Vec<u64> = (0..=10).collect();
    let count = g.count();
    g.items(count, |g| {
        let time = times.remove(g.below(times.len() as u64) as usize);
        (g.name(), time)
    })
}

/// Each span's label, and whether it ran in a spawned task.
type Spawned = Vec<(String, bool)>;

/// The default observation, and which spans ran in a spawned task and in
/// how many tasks in all.
fn with_tasks(run: &Run<Vec<Arrival>>) -> (Observed, Spawned, usize) {
    let mut spawned: Spawned = run
        .timeline
        .spans()
        .iter()
        .map(|span| (span.label.clone(), span.tokio_task.is_some()))
        .collect();
    spawned.sort();
    let mut tasks: Vec<&String> =
        run.timeline.spans().iter().filter_map(|span| span.tokio_task.as_ref()).collect();
    tasks.sort();
    tasks.dedup();
    (Observed::of(run), spawned, tasks.len())
}

/// The arrivals sorted, whether their times never go back, and the rest as
/// [`with_tasks`] sees it, but for the value's order.
fn arrivals_in_any_order_at_one_instant(
    run: &Run<Vec<Arrival>>,
) -> (Vec<Arrival>, bool, Observed, Spawned, usize) {
    let mut sorted = run.value.clone();
    sorted.sort_by_key(|&(name, time)| (time, name));
    let in_order = run.value.windows(2).all(|pair| pair[0].1 <= pair[1].1);
    let (observed, spawned, tasks) = with_tasks(run);
    (sorted, in_order, Observed { value: String::new(), ..observed }, spawned, tasks)
}

/// What [`first_n_completed`] must get right whatever the order of fetches
/// that end at one instant: the times of the arrivals, the names of those
/// that came before the last instant, and the rest as [`with_tasks`] sees
/// it; of several names arriving at the last instant, which are taken is
/// left open.
fn any_of_those_arriving_last(
    run: &Run<Vec<Arrival>>,
) -> (Vec<Duration>, Vec<Arrival>, Observed, Spawned, usize) {
    let times: Vec<Duration> = run.value.iter().map(|&(_, time)| time).collect();
    let last = times.last().copied();
    let mut before: Vec<Arrival> =
        run.value.iter().filter(|&&(_, time)| Some(time) < last).copied().collect();
    before.sort_by_key(|&(name, time)| (time, name));
    let (observed, spawned, tasks) = with_tasks(run);
    (times, before, Observed { value: String::new(), ..observed }, spawned, tasks)
}
