//! The maintainer check: proves the workbook itself is right.
//!
//! 1. The support crate (timeline, grading harness), the lessons (their book
//!    output is fresh) and this tool pass their own tests.
//! 2. Every graded test passes on `solutions`.
//! 3. Every graded test fails on the untouched `exercises`, with the
//!    "not written yet" message that sends the learner to the right function.
//!    A test that passes on a stub asserts nothing about the exercise.
//!
//! It also checks that each graded test is named after the exercise it
//! grades, which is how the progress view finds an exercise's tests.

use std::collections::BTreeMap;
use std::process::ExitCode;

use crate::graded::{self, GRADED_PACKAGE, Subject, TestResult};
use crate::{exercises, progress};

/// The phrase the harness uses for a `todo!()`; every stub failure must carry it.
const UNWRITTEN: &str = "Not written yet";

pub fn run() -> ExitCode {
    let mut problems: Vec<String> = Vec::new();
    let mut checks = 0;

    println!("verify 1/3: the harness, the lessons and this tool pass their own tests");
    if support_tests_pass() {
        checks += 1;
    } else {
        problems.push("the workspace's own tests failed (output above)".to_string());
    }

    println!("verify 2/3: every graded test passes on solutions/");
    let on_solutions = run_graded(Subject::Solutions, &mut problems);
    for test in on_solutions.iter().filter(|test| !test.passed) {
        problems.push(format!("{} fails on the reference solution:\n{}", test.name, test.output));
    }

    println!("verify 3/3: every graded test fails on the untouched exercises/ stubs");
    let on_stubs = run_graded(Subject::Exercises, &mut problems);
    for test in &on_stubs {
        if test.passed {
            problems.push(format!(
                "{} passes on the stub, so it asserts nothing about the exercise \
                 (or exercises/ is not untouched: compare with `git diff exercises/`)",
                test.name
            ));
        } else if !test.output.contains(UNWRITTEN) {
            problems.push(format!(
                "{} fails on the stub without the {UNWRITTEN:?} message:\n{}",
                test.name, test.output
            ));
        }
    }

    problems.extend(exercise_problems(&on_solutions));

    let names = |results: &[TestResult]| results.iter().map(|t| t.name.clone()).collect::<Vec<_>>();
    if names(&on_solutions) != names(&on_stubs) {
        problems.push("the solutions run and the stubs run did not run the same tests".to_string());
    }

    print_table(&on_solutions, &on_stubs);
    checks += on_solutions.iter().filter(|t| t.passed).count();
    checks += on_stubs.iter().filter(|t| !t.passed && t.output.contains(UNWRITTEN)).count();
    for problem in &problems {
        println!("\nPROBLEM: {problem}");
    }
    println!("\nverify: {checks} passed, {} failed", problems.len());
    if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

/// Hint levels every exercise offers: a nudge, then more.
const MIN_HINTS: usize = 2;

/// The progress view and `hint` find an exercise's tests by name: each
/// graded test's name starts with its exercise's function name, and every
/// exercise needs at least one test, and hints in levels.
fn exercise_problems(results: &[TestResult]) -> Vec<String> {
    let exercises = exercises::read_all(&graded::workspace_root());
    let mut problems = Vec::new();
    for test in results.iter().filter(|test| progress::owner(&exercises, test).is_none()) {
        problems.push(format!(
            "{} belongs to no exercise: a graded test's name starts with the name of the \
             exercise function it grades",
            test.name
        ));
    }
    for entry in progress::match_tests(&exercises, results).iter().filter(|e| e.tests.is_empty()) {
        problems.push(format!("{} has no graded test", entry.exercise.path()));
    }
    for exercise in exercises.iter().filter(|exercise| exercise.hints.len() < MIN_HINTS) {
        problems.push(format!(
            "{} has {} `Hint:` paragraph(s); `hint` needs at least {MIN_HINTS}, a nudge first",
            exercise.path(),
            exercise.hints.len()
        ));
    }
    problems
}

fn support_tests_pass() -> bool {
    let status = graded::cargo(&graded::workspace_root())
        .args(["test", "--workspace", "--exclude", GRADED_PACKAGE, "--quiet"])
        .status();
    matches!(status, Ok(status) if status.success())
}

fn run_graded(subject: Subject, problems: &mut Vec<String>) -> Vec<TestResult> {
    match graded::run(&graded::workspace_root(), subject, None) {
        Ok(results) => results,
        Err(error) => {
            problems.push(format!("the graded tests did not run on {subject:?}: {error}"));
            Vec::new()
        }
    }
}

/// One row per lesson: how many graded tests, how many pass on the
/// solutions, how many fail on the stubs.
fn print_table(on_solutions: &[TestResult], on_stubs: &[TestResult]) {
    let mut rows: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    for test in on_solutions {
        let row = rows.entry(test.lesson()).or_default();
        row.0 += 1;
        row.1 += usize::from(test.passed);
    }
    for test in on_stubs {
        rows.entry(test.lesson()).or_default().2 += usize::from(!test.passed);
    }
    println!(
        "\n{:<10} {:>6} {:>18} {:>15}",
        "lesson", "tests", "pass on solutions", "fail on stubs"
    );
    for (lesson, (tests, passing, failing)) in rows {
        println!("{lesson:<10} {tests:>6} {passing:>18} {failing:>15}");
    }
}
