//! Lesson 02: tasks.
//!
//! `chore` hands back a `Done` that nobody else can make: the tests read
//! which chores your function got back, so a task whose handle was dropped
//! (even one that had already ended) shows up as a missing `Done`.

use std::fmt::Debug;

use given::lesson02::PLAN_COPIED;
use timeline::grade::{Gen, Grader, Observed, Run, finished, grade, scenarios};

use crate::exercise::{
    Done, RiskyChore, SeatingPlan, cook_during_laundry, do_chores, seat_everyone, supervise,
};
use crate::reference;

/// The chore each `Done` is for, in order.
fn chores(done: &[Done]) -> Vec<&'static str> {
    done.iter().map(Done::chore).collect()
}

#[test]
fn do_chores_runs_spawned_tasks_at_once_and_ironing_after_both() {
    let run = grade(do_chores);

    run.assert_eq(
        chores(&run.value),
        vec!["laundry", "dishes", "ironing"],
        "hand back the `Done` of each chore in the order laundry, dishes, ironing; a chore's \
         `Done` comes only from awaiting its task's handle, also when the task ended long before",
    );
    run.assert_timeline(&[
        finished("laundry", 0, 5),
        finished("dishes", 0, 2),
        finished("ironing", 5, 12),
    ]);
    run.assert_spawned(&["laundry", "dishes", "ironing"]);
    run.assert_took(12);
}

#[test]
fn cook_during_laundry_cooks_in_place_while_the_laundry_task_runs() {
    let run = grade(cook_during_laundry);

    let (cooking, laundry) = &run.value;
    run.assert_eq(
        (cooking.chore(), laundry.chore()),
        ("cooking", "laundry"),
        "hand back the cooking's `Done`, then the laundry's (from its awaited handle)",
    );
    run.assert_timeline(&[finished("laundry", 0, 5), finished("cooking", 0, 3)]);
    run.assert_spawned(&["laundry"]);
    run.assert_not_spawned(&["cooking"]);
    run.assert_took(5);
}

#[test]
fn supervise_returns_the_name_of_a_chore_that_finished() {
    let vacuuming = RiskyChore { name: "vacuuming", units: 4, breaks: false };
    let run = grade(move || supervise(vacuuming));

    run.assert_value(Ok("vacuuming"), "`Ok` with the chore's name, since it finished");
    run.assert_spawned(&["vacuuming"]);
    run.assert_took(4);
}

#[test]
fn supervise_turns_a_panic_in_the_task_into_an_error_with_the_panic_message() {
    let vacuuming = RiskyChore { name: "vacuum cleaner", units: 4, breaks: true };
    let run = Grader::new().expect_task_panics(1).run(move || supervise(vacuuming));

    run.assert_value(
        Err("the vacuum cleaner broke".to_string()),
        "`Err` with the panic's own message, exactly the text given to `panic!`. A \
         `JoinError`'s `to_string()` is not that message: it describes the task (\"task 3 \
         panicked with message ...\"); `JoinError::into_panic` gives the panic's payload, \
         which holds the message",
    );
    run.assert_spawned(&["vacuum cleaner"]);
    run.assert_took(4);
}

#[test]
fn seat_everyone_seats_all_guests_at_once_in_guest_order() {
    let plan = SeatingPlan::from([
        ("Ada".to_string(), 3),
        ("Grace".to_string(), 1),
        ("Linus".to_string(), 2),
    ]);
    // Seated in the order Barbara and Grace (1 unit), Linus (2), Ada (3).
    let guests = ["Linus", "Ada", "Barbara", "Grace"].map(String::from).to_vec();
    let run = grade(move || seat_everyone(plan, guests));

    run.assert_value(
        vec![Some(2), Some(3), None, Some(1)],
        "each guest's seat in the order of `guests` (Linus, Ada, Barbara, Grace), `None` for \
         Barbara who is not on the plan; not in the order they sat down",
    );
    run.assert_eq(copies_of_the_plan(&run), 0, SHARE_THE_PLAN);
    run.assert_spawned(&["Linus", "Ada", "Barbara", "Grace"]);
    run.assert_max_concurrency(4);
    run.assert_took(3);
}

/// How many times the seating plan was copied (`clone`) during the run.
fn copies_of_the_plan<T>(run: &Run<T>) -> usize {
    run.timeline.spans().iter().filter(|span| span.label == PLAN_COPIED).count()
}

/// Why the plan must not be copied.
const SHARE_THE_PLAN: &str = "share the one plan between the tasks, with no copy of it at all. \
    `Arc::new(plan)` once, then `Arc::clone(&plan)` per task, copies a pointer; `plan.clone()` \
    copies every name and seat on the plan, once per guest";

// Scenario tests: `supervise` and `seat_everyone` on generated inputs,
// compared with the reference solution: the value, every span and whether
// it ran in a spawned task of its own, and when the function returned.
// `do_chores` and `cook_during_laundry` take no input: their named tests
// above fix everything they do.

#[test]
fn supervise_matches_the_reference_on_generated_chores_that_finish() {
    scenarios().count(30).compare_by(
        |g| generated_chore(g, false),
        supervise,
        reference::supervise,
        with_tasks,
    );
}

#[test]
fn supervise_matches_the_reference_on_generated_chores_that_break() {
    scenarios().count(30).grader(Grader::new().expect_task_panics(1)).compare_by(
        |g| generated_chore(g, true),
        supervise,
        reference::supervise,
        with_tasks,
    );
}

#[test]
fn seat_everyone_matches_the_reference_on_generated_guests() {
    scenarios().compare_by(
        generated_seating,
        |(plan, guests)| seat_everyone(plan, guests),
        |(plan, guests)| reference::seat_everyone(plan, guests),
        with_tasks,
    );
}

/// Names for a chore, some of which a `JoinError`'s description would
/// print escaped (a quote, a backslash, a line break), so that only the
/// panic's own payload gives the message back as it was.
const CHORE_NAMES: [&str; 6] =
    ["vase", "the \"good\" vase", "back\\door", "two\nlines", "café", "fig"];

/// A chore of 0 to 4 units named from [`CHORE_NAMES`], that breaks or not.
fn generated_chore(g: &mut Gen, breaks: bool) -> RiskyChore {
    RiskyChore { name: g.pick(&CHORE_NAMES), units: g.between(0, 4), breaks }
}

/// A plan of 0 to 5 seats (0 to 4 units away) and 0 to 8 guests, names
/// repeating, some of them not on the plan.
fn generated_seating(g: &mut Gen) -> (SeatingPlan, Vec<String>) {
    let seats = g.between(0, 5) as usize;
    let plan = g.items(seats, |g| (g.name().to_string(), g.between(0, 4) as u32));
    let count = g.count();
    let guests = g.items(count, |g| g.name().to_string());
    (plan.into_iter().collect(), guests)
}

/// The default observation, and for each span whether it ran in place, in
/// a spawned task of its own, or in a task shared with another span.
fn with_tasks<T: Debug>(run: &Run<T>) -> (Observed, Vec<(String, &'static str)>) {
    let spans = run.timeline.spans();
    let in_task = |id: &String| spans.iter().filter(|s| s.tokio_task.as_ref() == Some(id)).count();
    let mut tasks: Vec<_> = spans
        .iter()
        .map(|span| {
            let how = match &span.tokio_task {
                None => "in place",
                Some(id) if in_task(id) > 1 => "in a task shared with another span",
                Some(_) => "in a spawned task of its own",
            };
            (span.label.clone(), how)
        })
        .collect();
    tasks.sort();
    (Observed::of(run), tasks)
}
