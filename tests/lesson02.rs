//! Lesson 02: tasks.

use timeline::grade::{Grader, finished, grade};

use crate::exercise::lesson02::{
    RiskyChore, SeatingPlan, cook_during_laundry, do_chores, seat_everyone, supervise,
};

#[test]
fn do_chores_runs_spawned_tasks_at_once_and_ironing_after_both() {
    let run = grade(do_chores);

    assert_eq!(run.value, ["laundry", "dishes", "ironing"]);
    run.assert_timeline(&[
        finished("laundry", 0, 5),
        finished("dishes", 0, 2),
        finished("ironing", 5, 12),
    ]);
    run.assert_spawned(&["laundry", "dishes", "ironing"]);
    run.assert_took(12);
}

#[test]
fn cook_during_laundry_cooks_while_the_laundry_task_runs() {
    let run = grade(cook_during_laundry);

    assert_eq!(run.value, ("cooking", "laundry"));
    run.assert_timeline(&[finished("laundry", 0, 5), finished("cooking", 0, 3)]);
    run.assert_spawned(&["laundry"]);
    run.assert_took(5);
}

#[test]
fn supervise_returns_the_name_of_a_chore_that_finished() {
    let vacuuming = RiskyChore { name: "vacuuming", units: 4, breaks: false };
    let run = grade(move || supervise(vacuuming));

    assert_eq!(run.value, Ok("vacuuming"));
    run.assert_spawned(&["vacuuming"]);
    run.assert_took(4);
}

#[test]
fn supervise_turns_a_panic_in_the_task_into_an_error() {
    let vacuuming = RiskyChore { name: "vacuum cleaner", units: 4, breaks: true };
    let run = Grader::new().expect_task_panics(1).run(move || supervise(vacuuming));

    assert_eq!(run.value, Err("the vacuum cleaner broke".to_string()));
    run.assert_took(4);
}

#[test]
fn seat_everyone_seats_all_guests_at_once_in_guest_order() {
    let plan = SeatingPlan::from([
        ("Ada".to_string(), 3),
        ("Grace".to_string(), 1),
        ("Linus".to_string(), 2),
    ]);
    let guests = ["Linus", "Ada", "Barbara", "Grace"].map(String::from).to_vec();
    let run = grade(move || seat_everyone(plan, guests));

    assert_eq!(run.value, [Some(2), Some(3), None, Some(1)]);
    run.assert_spawned(&["Linus", "Ada", "Barbara", "Grace"]);
    run.assert_max_concurrency(4);
    run.assert_took(1);
}
