//! The maintainer check: proves the workbook itself is right.
//!
//! 1. The support crate (timeline, grading harness), the lessons (their book
//!    output is fresh) and this tool pass their own tests.
//! 2. Every graded test passes on `solutions`.
//! 3. Every graded test fails on the untouched `exercises`, with the
//!    "not written yet" message that sends the learner to the right function,
//!    or, where the stub is broken code to fix rather than a `todo!()`
//!    (lesson 11), with one of the harness's own diagnoses (blocking, hung,
//!    leaked tasks, a lost task panic). A test that passes on a stub asserts
//!    nothing about the exercise; one that fails it on a plain assertion
//!    fails it for some other reason than the one the stub was written for.
//!
//! It also checks that each graded test is named after the exercise it
//! grades, which is how the progress view finds an exercise's tests.

use std::collections::BTreeMap;
use std::process::ExitCode;

use crate::graded::{self, GRADED_PACKAGE, Subject, TestResult};
use crate::variants::{self, Kind};
use crate::{exercises, progress};

/// Wrong-but-plausible solutions each exercise needs, at least.
const MIN_MISTAKES: usize = 3;

/// How a stub may fail: the harness's message for a `todo!()`, or the
/// heading of one of its diagnoses, which is how a stub that is broken code
/// to fix fails. Every stub failure must carry one of them.
const STUB_FAILURES: [&str; 11] = [
    "Not written yet",
    "Blocking:",
    "Blocked:",
    "Busy:",
    "Waiting outside the runtime",
    "Work outside the runtime",
    "Clock resumed",
    "Leak:",
    "Hung:",
    "A spawned task panicked",
    "Panicked:",
];

/// Whether a stub's failure output is one of [`STUB_FAILURES`].
fn fails_as_a_stub(output: &str) -> bool {
    STUB_FAILURES.iter().any(|message| output.contains(message))
}

pub fn run() -> ExitCode {
    let mut problems: Vec<String> = Vec::new();
    let mut checks = 0;

    println!("verify 1/4: the harness, the lessons and this tool pass their own tests");
    if support_tests_pass() {
        checks += 1;
    } else {
        problems.push("the workspace's own tests failed (output above)".to_string());
    }

    println!("verify 2/4: every graded test passes on solutions/");
    let on_solutions = run_graded(Subject::Solutions, &mut problems);
    for test in on_solutions.iter().filter(|test| !test.passed) {
        problems.push(format!("{} fails on the reference solution:\n{}", test.name, test.output));
    }

    println!("verify 3/4: every graded test fails on the untouched exercises/ stubs");
    let on_stubs = run_graded(Subject::Exercises, &mut problems);
    for test in &on_stubs {
        if test.passed {
            problems.push(format!(
                "{} passes on the stub, so it asserts nothing about the exercise \
                 (or exercises/ is not untouched: compare with `git diff exercises/`)",
                test.name
            ));
        } else if test.output.contains(graded::DID_NOT_REPORT) {
            problems.push(format!(
                "{}: the test binary died before this test reported, so the stubs could not be \
                 graded (is exercises/ untouched? compare with `git diff exercises/`):\n{}",
                test.name, test.output
            ));
        } else if !fails_as_a_stub(&test.output) {
            problems.push(format!(
                "{} fails on the stub, but with none of the messages {STUB_FAILURES:?}:\n{}",
                test.name, test.output
            ));
        }
    }

    problems.extend(exercise_problems(&on_solutions));

    println!("verify 4/4: every mistake in solutions/mistakes fails, every alternative passes");
    let (passed, variant_problems) = check_variants(&[]);
    checks += passed;
    problems.extend(variant_problems);

    let names = |results: &[TestResult]| results.iter().map(|t| t.name.clone()).collect::<Vec<_>>();
    if names(&on_solutions) != names(&on_stubs) {
        problems.push("the solutions run and the stubs run did not run the same tests".to_string());
    }

    print_table(&on_solutions, &on_stubs);
    checks += on_solutions.iter().filter(|t| t.passed).count();
    checks += on_stubs.iter().filter(|t| !t.passed && fails_as_a_stub(&t.output)).count();
    report(checks, &problems)
}

/// Prints each problem and the closing `verify: N passed, M failed` line;
/// the exit code says whether there was any problem.
fn report(passed: usize, problems: &[String]) -> ExitCode {
    for problem in problems {
        println!("\nPROBLEM: {problem}");
    }
    println!("\nverify: {passed} passed, {} failed", problems.len());
    if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

/// Only the variants (step 4), for the given lessons (none: all): what a
/// maintainer runs while writing mistakes for a lesson.
pub fn run_variants(lessons: &[String]) -> ExitCode {
    let (passed, problems) = check_variants(lessons);
    report(passed, &problems)
}

/// Grades every variant; how many behaved, and the problems. Also checks
/// that every exercise has its [`MIN_MISTAKES`].
fn check_variants(lessons: &[String]) -> (usize, Vec<String>) {
    let root = graded::workspace_root();
    let verdicts = match variants::grade_all(&root, lessons) {
        Ok(verdicts) => verdicts,
        Err(error) => return (0, vec![format!("the variants could not be graded: {error}")]),
    };
    let mut problems = Vec::new();
    let mut rows: BTreeMap<&str, (usize, usize, usize, usize)> = BTreeMap::new();
    for verdict in &verdicts {
        let row = rows.entry(verdict.variant.lesson.as_str()).or_default();
        let fine = usize::from(verdict.problem.is_none());
        match verdict.variant.kind {
            Kind::Mistake => (row.0, row.1) = (row.0 + 1, row.1 + fine),
            Kind::Alternative => (row.2, row.3) = (row.2 + 1, row.3 + fine),
        }
        if let Some(problem) = &verdict.problem {
            problems.push(format!("{}: {problem}", verdict.variant));
        }
    }
    println!(
        "\n{:<10} {:>9} {:>7} {:>13} {:>9}",
        "lesson", "mistakes", "caught", "alternatives", "accepted"
    );
    for (lesson, (mistakes, caught, alternatives, accepted)) in &rows {
        println!("{lesson:<10} {mistakes:>9} {caught:>7} {alternatives:>13} {accepted:>9}");
    }
    let all: Vec<variants::Variant> = verdicts.iter().map(|v| v.variant.clone()).collect();
    let exercises = exercises::read_all(&root);
    for exercise in exercises.iter().filter(|e| lessons.is_empty() || lessons.contains(&e.lesson)) {
        let mistakes = all
            .iter()
            .filter(|v| v.kind == Kind::Mistake && v.lesson == exercise.lesson)
            .filter(|v| v.exercises().contains(&exercise.name))
            .count();
        if mistakes < MIN_MISTAKES {
            problems.push(format!(
                "{} has {mistakes} committed mistake(s) in solutions/mistakes/{}; it needs at \
                 least {MIN_MISTAKES}, so that its tests are shown to reject wrong answers",
                exercise.path(),
                exercise.lesson
            ));
        }
    }
    let passed = verdicts.iter().filter(|verdict| verdict.problem.is_none()).count();
    (passed, problems)
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
    problems.extend(hint_problems(&exercises));
    problems
}

/// Every exercise has hints in levels, and none repeats its doc comment.
fn hint_problems(exercises: &[exercises::Exercise]) -> Vec<String> {
    let mut problems = Vec::new();
    for exercise in exercises.iter().filter(|exercise| exercise.hints.len() < MIN_HINTS) {
        problems.push(format!(
            "{} has {} hint(s) in {}; `hint` needs at least {MIN_HINTS}, a nudge first",
            exercise.path(),
            exercise.hints.len(),
            exercises::hints_file(&graded::workspace_root(), &exercise.lesson).display()
        ));
    }
    problems.extend(exercises.iter().filter_map(hint_already_in_the_doc));
    problems
}

/// Only the hint checks: quick, nothing is built.
pub fn run_hints() -> ExitCode {
    let exercises = exercises::read_all(&graded::workspace_root());
    let problems = hint_problems(&exercises);
    report(exercises.len().saturating_sub(problems.len()), &problems)
}

/// A hint must add something: the exercise's doc comment may not hold hints
/// (a `Hint:` line) or repeat a sentence of one.
fn hint_already_in_the_doc(exercise: &exercises::Exercise) -> Option<String> {
    let doc = exercise.doc.join(" ");
    // A paragraph is its lines joined by spaces, so a `Hint:` line in the
    // middle of one shows as " Hint: ".
    let holds_a_hint =
        |paragraph: &String| paragraph.starts_with("Hint:") || paragraph.contains(" Hint: ");
    if exercise.doc.iter().any(holds_a_hint) {
        return Some(format!(
            "{} has a `Hint:` line in its doc comment; hints belong in the lesson's hints \
             file, where `hint` reveals them one at a time",
            exercise.path()
        ));
    }
    let repeated = exercise
        .hints
        .iter()
        .flat_map(|hint| hint.split(". "))
        .map(|sentence| sentence.trim().trim_end_matches('.'))
        .find(|sentence| sentence.len() >= 30 && doc.contains(sentence))?;
    Some(format!(
        "{}: a hint repeats its doc comment (\"{repeated}\"); a hint must add what the doc \
         comment does not already say",
        exercise.path()
    ))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn exercise(doc: &[&str], hints: &[&str]) -> exercises::Exercise {
        exercises::Exercise {
            lesson: "lesson01".into(),
            name: "cook_menu".into(),
            line: 1,
            task: doc[0].into(),
            doc: doc.iter().map(|text| text.to_string()).collect(),
            hints: hints.iter().map(|text| text.to_string()).collect(),
        }
    }

    #[test]
    fn a_hint_that_the_doc_comment_already_gives_is_a_problem() {
        let doc = ["Cook every dish at once.", "Use `join_all`, which keeps the menu's order."];
        let fine = exercise(&doc, &["Which helper waits for a whole list of futures?"]);
        assert_eq!(hint_already_in_the_doc(&fine), None);
        let repeats = exercise(&doc, &["Try this. Use `join_all`, which keeps the menu's order."]);
        assert!(hint_already_in_the_doc(&repeats).unwrap().contains("repeats its doc comment"));
        let inline = exercise(&["Cook.", "Hint: use join_all."], &["a", "b"]);
        assert!(hint_already_in_the_doc(&inline).unwrap().contains("`Hint:` line"));
        let mid_paragraph = exercise(&["Cook.", "asyncio: gather. Hint: use join_all."], &["a"]);
        assert!(hint_already_in_the_doc(&mid_paragraph).unwrap().contains("`Hint:` line"));
    }

    #[test]
    fn a_stub_fails_with_the_todo_message_or_a_diagnosis_of_the_harness() {
        assert!(fails_as_a_stub("\n\nNot written yet: lesson03::gather_in_order\n"));
        assert!(fails_as_a_stub("\n\nBlocking: the run took 1.51s of real time"));
        assert!(fails_as_a_stub("\n\nLeak: 3 spawned task(s) were still running"));
        assert!(fails_as_a_stub("\n\nHung: the code was still waiting"));
        assert!(!fails_as_a_stub("assertion `left == right` failed\n  left: 3\n right: 1"));
    }
}
