//! The harness against deliberately wrong code: each part of the grader
//! contract must catch its mistake and say so clearly.

use std::panic::{self, AssertUnwindSafe};
use std::time::Duration;

use tokio::time::sleep;

use super::panics::message_of;
use super::*;
use crate::traced;

/// Runs `check` and returns the message it failed with.
fn failure_of<R>(check: impl FnOnce() -> R) -> String {
    match panic::catch_unwind(AssertUnwindSafe(check)) {
        Ok(_) => panic!("the harness let a wrong implementation pass"),
        Err(payload) => message_of(payload.as_ref()),
    }
}

fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

async fn cook(dish: &'static str, minutes: u64) -> &'static str {
    traced(dish, sleep(secs(minutes))).await;
    dish
}

/// Stands in for an exercise stub.
async fn unwritten_exercise() -> u32 {
    todo!()
}

#[test]
fn the_graded_code_cannot_read_the_tests_name_from_its_thread() {
    let run = grade(|| async { std::thread::current().name().map(String::from) });
    run.assert_value(Some(GRADING_THREAD.to_string()), "the grading thread's name");
    let here = std::thread::current().name().map(String::from).unwrap_or_default();
    assert!(here.contains("the_graded_code_cannot_read"), "libtest names its threads: {here}");
}

#[test]
fn a_correct_run_passes_with_exact_virtual_times() {
    let run = grade(|| async { tokio::join!(cook("rice", 3), cook("meat", 8)) });
    assert_eq!(run.value, ("rice", "meat"));
    run.assert_took(8);
    run.assert_timeline(&[finished("rice", 0, 3), finished("meat", 0, 8)]);
    run.assert_max_concurrency(2);
}

#[test]
fn code_that_never_finishes_fails_at_once_as_hung() {
    let wall = std::time::Instant::now();
    let message = failure_of(|| grade(|| async { cook("forever", 1_000_000).await }));
    assert!(message.contains("Hung"), "{message}");
    assert!(message.contains("forever"), "the timeline shows the stuck task: {message}");
    assert!(wall.elapsed() < secs(1), "hang detection must not wait in real time");
}

#[test]
fn a_hang_hint_is_added_to_the_hung_verdict() {
    let message = failure_of(|| {
        Grader::new().if_it_hangs("Likely a lost wake-up.").run(std::future::pending::<()>)
    });
    assert!(message.contains("Hung:"), "{message}");
    assert!(message.contains("Likely a lost wake-up."), "{message}");
}

#[test]
fn a_loop_that_never_awaits_is_abandoned_as_stuck() {
    let grader = Grader::new().blocking_limit(Duration::from_millis(50));
    let message = failure_of(|| {
        grader.run(|| async {
            loop {
                std::hint::spin_loop();
            }
        })
    });
    assert!(message.contains("Blocked: the runtime's thread was stuck"), "{message}");
    assert!(message.contains("spawn_blocking"), "{message}");
}

#[test]
fn std_thread_sleep_fails_as_blocking_the_executor() {
    // The sleep ends well before the grader gives up (five times the limit),
    // with room for a loaded machine to be slow to wake the thread.
    let grader = Grader::new().blocking_limit(Duration::from_millis(100));
    let message = failure_of(|| {
        grader.run(|| async {
            std::thread::sleep(Duration::from_millis(150));
        })
    });
    assert!(message.contains("Blocking"), "{message}");
    assert!(message.contains("tokio::time::sleep"), "{message}");
}

#[test]
fn a_task_left_running_fails_with_the_count() {
    let message = failure_of(|| {
        grade(|| async {
            tokio::spawn(cook("forgotten", 10));
            tokio::spawn(cook("also forgotten", 10));
        })
    });
    assert!(message.contains("2 spawned task(s) were still alive"), "{message}");
    assert!(message.contains("2 of them went on running"), "{message}");
}

#[test]
fn an_aborted_task_that_is_awaited_is_not_a_leak() {
    let run = grade(|| async {
        let task = tokio::spawn(cook("stopped", 10));
        sleep(secs(1)).await;
        task.abort();
        task.await.expect_err("it was aborted");
    });
    run.assert_timeline(&[cancelled("stopped", 0, 1)]);
}

#[test]
fn a_task_aborted_but_not_awaited_is_a_leak_at_the_instant_of_return() {
    let message = failure_of(|| {
        grade(|| async {
            let task = tokio::spawn(cook("stopped", 10));
            sleep(secs(1)).await;
            task.abort();
        })
    });
    assert!(message.contains("1 spawned task(s) were still alive"), "{message}");
    assert!(message.contains("1 of them ended just after it"), "{message}");
    assert!(message.contains("stopped"), "the timeline up to the return: {message}");
}

#[test]
fn waiting_as_long_as_the_slowest_task_instead_of_joining_is_a_leak() {
    let message = failure_of(|| {
        grade(|| async {
            tokio::spawn(cook("report", 3));
            tokio::spawn(cook("notes", 1));
            sleep(secs(3)).await;
        })
    });
    assert!(message.contains("Leak: 1 spawned task(s)"), "{message}");
    assert!(message.contains("ended just after it, at the same instant"), "{message}");
}

#[test]
fn a_task_spawned_and_joined_leaves_nothing_behind() {
    let run = grade(|| async {
        let report = tokio::spawn(cook("report", 3));
        sleep(secs(3)).await;
        report.await.expect("the report task")
    });
    assert_eq!(run.value, "report");
    run.assert_took(3);
}

#[test]
fn a_panic_in_a_task_nobody_awaits_fails_the_test() {
    let message = failure_of(|| {
        grade(|| async {
            drop(tokio::spawn(async { panic!("the oven caught fire") }));
            sleep(secs(1)).await;
        })
    });
    assert!(message.contains("the oven caught fire"), "{message}");
    assert!(message.contains("the panic is lost"), "{message}");
}

#[test]
fn an_expected_task_panic_handled_by_the_code_passes() {
    let run = Grader::new()
        .expect_task_panics(1)
        .run(|| async { tokio::spawn(async { panic!("on purpose") }).await.is_err() });
    assert!(run.value);
}

#[test]
fn todo_names_the_file_and_the_function_to_open() {
    let message = failure_of(|| grade(unwritten_exercise));
    assert!(message.contains("lessons/timeline/src/grade/tests.rs"), "{message}");
    assert!(message.contains("fn unwritten_exercise"), "{message}");
    assert!(message.contains("cargo grade tests"), "{message}");
}

#[test]
fn a_wrong_timing_draws_the_learners_timeline_and_the_expected_one() {
    let run = grade(|| async {
        cook("rice", 3).await;
        cook("meat", 8).await;
    });
    let message =
        failure_of(|| run.assert_timeline(&[finished("rice", 0, 3), finished("meat", 0, 8)]));
    assert!(message.contains("Your code ran like this"), "{message}");
    assert!(message.contains("3.00s → 11.00s"), "the learner's timeline: {message}");
    assert!(message.contains("Expected:"), "{message}");
    assert!(message.contains("0.00s → 8.00s"), "the expected timeline: {message}");

    let message = failure_of(|| run.assert_took(8));
    assert!(message.contains("returned after 11.00s"), "{message}");
}

#[test]
fn a_failing_assertion_inside_the_run_reaches_the_test() {
    let message = failure_of(|| grade(|| async { assert_eq!(1 + 1, 3, "arithmetic") }));
    assert!(message.contains("arithmetic"), "{message}");
}

#[test]
fn assert_spawned_tells_a_task_from_a_future_awaited_in_place() {
    let run = grade(|| async {
        let spawned = tokio::spawn(cook("spawned", 1));
        cook("in place", 1).await;
        spawned.await.unwrap();
    });
    run.assert_spawned(&["spawned"]);
    let message = failure_of(|| run.assert_spawned(&["in place"]));
    assert!(message.contains("not in a spawned task"), "{message}");
}

#[test]
fn the_books_sample_failure_is_a_real_one() {
    let awaited_in_turn = grade(|| async {
        cook("rice", 3).await;
        cook("vegetables", 5).await;
        cook("meat", 8).await;
    });
    let message = failure_of(|| {
        awaited_in_turn.assert_timeline(&[
            finished("rice", 0, 3),
            finished("vegetables", 0, 5),
            finished("meat", 0, 8),
        ])
    });
    let book_copy =
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../book/src/output/timing-failure.txt");
    let text = format!("{}\n", message.trim());
    crate::lesson::assert_book_copy_is_fresh(&text, book_copy.as_ref());
}

#[test]
fn assert_recorded_before_orders_events_at_the_same_instant() {
    let run = grade(|| async {
        cook("rice", 1).await;
        crate::mark("served");
        crate::mark("washed up");
    });
    run.assert_recorded_before("served", "washed up", "serve first");
    let message = failure_of(|| run.assert_recorded_before("washed up", "served", "serve first"));
    assert!(
        message.contains("\"washed up\" happened only after \"served\". serve first"),
        "{message}"
    );
    let message = failure_of(|| run.assert_recorded_before("dessert", "served", "why"));
    assert!(message.contains("\"dessert\" never happened"), "{message}");
}

#[test]
fn a_real_clock_run_waits_in_real_time_and_can_use_sockets() {
    let wall = std::time::Instant::now();
    let run = Grader::new().real_clock().run(|| async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("loopback");
        // Nobody connects: on a paused clock this timeout would fire at once,
        // because the runtime has nothing to do but wait for the socket.
        let waited = tokio::time::timeout(Duration::from_millis(100), listener.accept()).await;
        traced("nap", sleep(Duration::from_millis(50))).await;
        waited.is_err()
    });
    assert!(run.value, "the accept timed out");
    assert!(
        run.elapsed >= Duration::from_millis(150) && run.elapsed < secs(2),
        "real time passed: {:?}",
        run.elapsed
    );
    assert!(wall.elapsed() >= Duration::from_millis(150), "and it was real wall time");
    assert_eq!(run.task("nap").outcome, crate::Outcome::Finished);
}

#[test]
fn a_real_clock_run_that_never_finishes_is_reported_as_hung_within_the_limit() {
    let wall = std::time::Instant::now();
    let grader = Grader::new().real_clock().hang_limit(Duration::from_millis(300));
    let message = failure_of(|| grader.run(|| traced("forever", std::future::pending::<()>())));
    assert!(message.contains("Hung"), "{message}");
    assert!(message.contains("0.30s of real time"), "{message}");
    assert!(message.contains("forever"), "the timeline shows the stuck task: {message}");
    let waited = wall.elapsed();
    assert!(
        waited >= Duration::from_millis(300) && waited < secs(3),
        "reported after {waited:?}, not at the limit"
    );
}

#[test]
fn the_real_clock_keeps_the_leak_task_panic_and_todo_checks() {
    let message = failure_of(|| {
        Grader::new().real_clock().run(|| async {
            tokio::spawn(cook("forgotten", 10));
        })
    });
    assert!(message.contains("1 spawned task(s) were still alive"), "{message}");

    let message = failure_of(|| {
        Grader::new().real_clock().run(|| async {
            drop(tokio::spawn(async { panic!("the socket caught fire") }));
            sleep(Duration::from_millis(10)).await;
        })
    });
    assert!(message.contains("the socket caught fire"), "{message}");

    let message = failure_of(|| Grader::new().real_clock().run(unwritten_exercise));
    assert!(message.contains("Not written yet"), "{message}");
    assert!(message.contains("fn unwritten_exercise"), "{message}");
}

#[test]
fn a_real_clock_run_does_not_count_real_waiting_as_blocking() {
    // Well past the paused clock's blocking limit, and still fine here.
    let run = Grader::new()
        .real_clock()
        .blocking_limit(Duration::from_millis(50))
        .run(|| sleep(Duration::from_millis(120)));
    assert!(run.elapsed >= Duration::from_millis(120), "{:?}", run.elapsed);
}

/// A short blocking limit, so that the self-tests of slow verdicts stay quick.
fn impatient() -> Grader {
    Grader::new().blocking_limit(Duration::from_millis(200))
}

#[test]
fn a_task_that_yields_in_a_loop_is_busy_not_blocked() {
    let message = failure_of(|| {
        impatient().run(|| async {
            let spinner = tokio::spawn(async {
                loop {
                    tokio::task::yield_now().await;
                }
            });
            spinner.await.ok();
        })
    });
    assert!(message.contains("Busy: the run was still going"), "{message}");
    assert!(message.contains("virtual time stood still"), "{message}");
    assert!(!message.contains("Blocked"), "{message}");
}

#[test]
fn resuming_the_clock_is_named_as_such() {
    let message = failure_of(|| {
        impatient().run(|| async {
            tokio::time::resume();
            sleep(Duration::from_millis(20)).await;
        })
    });
    assert!(message.contains("Clock resumed"), "{message}");
    assert!(!message.contains("spawn_blocking"), "no advice about blocking: {message}");

    let message = failure_of(|| {
        impatient().run(|| async {
            tokio::time::resume();
            sleep(secs(3)).await;
        })
    });
    assert!(message.contains("Clock resumed"), "a run that the clock keeps going: {message}");
}

#[test]
fn spawn_blocking_that_never_ends_is_waiting_outside_the_runtime() {
    let message = failure_of(|| {
        impatient().run(|| async {
            let (_keep, never) = std::sync::mpsc::channel::<()>();
            tokio::task::spawn_blocking(move || never.recv()).await.ok();
        })
    });
    assert!(message.contains("Waiting outside the runtime"), "{message}");
    assert!(!message.contains("Blocked"), "{message}");
}

#[test]
fn a_std_thread_awaited_through_a_channel_is_work_the_paused_clock_cannot_see() {
    let message = failure_of(|| {
        Grader::new().run(|| async {
            let (send, answer) = tokio::sync::oneshot::channel();
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(100));
                send.send(42).ok();
            });
            answer.await.ok()
        })
    });
    assert!(message.contains("Work outside the runtime that the paused clock"), "{message}");
    assert!(message.contains("ahead 10 minutes"), "{message}");
    assert!(!message.contains("Hung"), "{message}");
}

#[test]
fn blocking_work_in_spawn_blocking_is_not_blocking_however_long_it_takes() {
    let run = impatient().run(|| async {
        let work = tokio::task::spawn_blocking(|| {
            std::thread::sleep(Duration::from_millis(400));
            "shrunk"
        });
        traced("download", sleep(secs(1))).await;
        work.await.expect("the blocking work")
    });
    assert_eq!(run.value, "shrunk");
    run.assert_took(1);
}

#[test]
fn a_pause_taken_outside_the_runtime_is_pointed_out_when_the_timing_is_off() {
    let run = impatient().run(|| async {
        cook("first try", 1).await;
        tokio::task::spawn_blocking(|| std::thread::sleep(Duration::from_millis(300)))
            .await
            .expect("the pause");
        cook("second try", 1).await;
    });
    let message = failure_of(|| run.assert_took(3));
    assert!(message.contains("returned after 2.00s"), "{message}");
    assert!(message.contains("waiting for work outside the runtime"), "{message}");
    assert!(message.contains("tokio::time::sleep"), "{message}");
}

/// The dishes to cook in a scenario test: 0 to 8, names repeating, each
/// taking 1 to 4 units.
fn generated_dishes(g: &mut Gen) -> Vec<(&'static str, u64)> {
    let count = g.count();
    g.items(count, |g| (g.name(), g.between(1, 4)))
}

/// The reference: every dish at once, each in a task, results in order.
async fn cook_all(dishes: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    let handles: Vec<_> =
        dishes.into_iter().map(|(dish, units)| tokio::spawn(cook(dish, units))).collect();
    let mut cooked = Vec::new();
    for handle in handles {
        cooked.push(handle.await.expect("a cook does not panic"));
    }
    cooked
}

/// Correct, written differently: a `JoinSet`, put back in order.
async fn cook_all_in_a_join_set(dishes: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    let mut set = tokio::task::JoinSet::new();
    for (place, (dish, units)) in dishes.into_iter().enumerate() {
        set.spawn(async move { (place, cook(dish, units).await) });
    }
    let mut cooked = set.join_all().await;
    cooked.sort_by_key(|(place, _)| *place);
    cooked.into_iter().map(|(_, dish)| dish).collect()
}

/// Wrong: never more than two dishes at once, which a named case with two
/// dishes would not show.
async fn cook_two_at_a_time(dishes: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    let mut cooked = Vec::new();
    for pair in dishes.chunks(2) {
        cooked.extend(cook_all(pair.to_vec()).await);
    }
    cooked
}

#[test]
fn a_correct_answer_written_differently_matches_the_reference_on_every_scenario() {
    scenarios().compare(generated_dishes, cook_all_in_a_join_set, cook_all);
}

#[test]
fn a_scenario_mismatch_names_the_smallest_scenario_and_draws_both_runs() {
    let message =
        failure_of(|| scenarios().compare(generated_dishes, cook_two_at_a_time, cook_all));
    assert!(message.contains("differs from the reference solution in"), "{message}");
    assert!(message.contains("Your code ran like this"), "{message}");
    assert!(message.contains("The reference solution ran like this"), "{message}");
    let scenario = message.split("The scenario").nth(1).unwrap_or_default();
    let scenario = scenario.split("returned after").next().unwrap_or_default();
    assert_eq!(
        scenario.matches("\", ").count(),
        3,
        "two at a time differs from all at once with three dishes, not fewer: {message}"
    );
    let book_copy =
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../book/src/output/scenario-failure.txt");
    let text = format!("{}\n", message.trim());
    crate::lesson::assert_book_copy_is_fresh(&text, book_copy.as_ref());
}

#[test]
fn a_scenario_the_reference_fails_on_is_the_tests_fault() {
    async fn hangs(_: Vec<(&'static str, u64)>) -> Vec<&'static str> {
        std::future::pending().await
    }
    let message = failure_of(|| scenarios().count(1).compare(generated_dishes, cook_all, hangs));
    assert!(message.contains("Hung"), "{message}");
}
