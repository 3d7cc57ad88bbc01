//! Lesson 02: tasks.
//!
//! `chore` hands back a `Done` that nobody else can make: the tests read
//! which chores your function got back, so a task whose handle was dropped
//! (even one that had already ended) shows up as a missing `Done`.

use timeline::grade::{Grader, finished, grade};

use crate::exercise::{
    Done, RiskyChore, SeatingPlan, cook_during_laundry, do_chores, seat_everyone, supervise,
};

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
    run.assert_spawned(&["Linus", "Ada", "Barbara", "Grace"]);
    run.assert_max_concurrency(4);
    run.assert_took(3);
}
