//! Where the learner stands: graded test results matched to exercises, drawn
//! as one row per lesson, and the next exercise to work on.

use std::fmt::Write;

use crate::exercises::Exercise;
use crate::graded::{Broken, TestResult};

/// An exercise and the results of its graded tests.
#[derive(Debug)]
pub struct ExerciseProgress<'a> {
    /// The exercise.
    pub exercise: &'a Exercise,
    /// Its tests' results.
    pub tests: Vec<&'a TestResult>,
}

impl ExerciseProgress<'_> {
    /// Solved when it has tests and every one passes.
    pub fn solved(&self) -> bool {
        !self.tests.is_empty() && self.tests.iter().all(|test| test.passed)
    }
}

/// Each exercise with its tests. A test belongs to the exercise whose name
/// is the longest prefix of the test's name (`task_group_with_tracker_...`
/// belongs to `task_group_with_tracker`, not `task_group`).
pub fn match_tests<'a>(
    exercises: &'a [Exercise],
    results: &'a [TestResult],
) -> Vec<ExerciseProgress<'a>> {
    let mut progress: Vec<ExerciseProgress> =
        exercises.iter().map(|exercise| ExerciseProgress { exercise, tests: Vec::new() }).collect();
    for test in results {
        if let Some(index) = owner(exercises, test) {
            progress[index].tests.push(test);
        }
    }
    progress
}

/// The index of the exercise a test belongs to, if any.
pub fn owner(exercises: &[Exercise], test: &TestResult) -> Option<usize> {
    let (lesson, name) = test.name.split_once("::")?;
    exercises
        .iter()
        .enumerate()
        .filter(|(_, exercise)| exercise.lesson == lesson)
        .filter(|(_, exercise)| {
            name == exercise.name || name.starts_with(&format!("{}_", exercise.name))
        })
        .max_by_key(|(_, exercise)| exercise.name.len())
        .map(|(index, _)| index)
}

/// The first exercise, in lesson and file order, that is not solved; from
/// the `start` lesson on when the learner chose one (and before it only when
/// everything from there on is solved).
pub fn next_up<'a>(
    progress: &'a [ExerciseProgress<'a>],
    start: Option<&str>,
) -> Option<&'a ExerciseProgress<'a>> {
    let from_start = |entry: &&ExerciseProgress| {
        start.is_none_or(|start| entry.exercise.lesson.as_str() >= start)
    };
    let unsolved = |entry: &&ExerciseProgress| !entry.solved();
    progress.iter().filter(from_start).find(unsolved).or_else(|| progress.iter().find(unsolved))
}

/// The parts of the workbook, by the lesson each begins with.
const PARTS: [(&str, &str); 3] = [
    ("lesson01", "Part I: asyncio's constructs in tokio"),
    ("lesson13", "Part II: beyond asyncio"),
    ("lesson21", "Part III: under the hood"),
];

/// The heading of the part that `lesson` opens, if it opens one.
fn part_opened_by(lesson: &str) -> Option<&'static str> {
    PARTS.iter().find(|(first, _)| *first == lesson).map(|(_, title)| *title)
}

const BAR_WIDTH: usize = 20;

/// The progress view: one row per lesson (passed of total graded tests, a
/// bar, or that it does not compile), the overall count, the first error of
/// each lesson that does not compile, and the next step.
pub fn render(
    lessons: &[(String, String)],
    progress: &[ExerciseProgress],
    broken: &[Broken],
    start: Option<&str>,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Your progress (graded by `cargo test`)");
    for (lesson, title) in lessons {
        if let Some(part) = part_opened_by(lesson) {
            let _ = writeln!(out, "\n{part}");
        }
        let title = match start {
            Some(start) if start == lesson => format!("{title}  <- you start here"),
            _ => title.clone(),
        };
        if broken.iter().any(|broken| &broken.lesson == lesson) {
            let _ = writeln!(out, "{lesson}  {}  does not compile  {title}", bar(0, 1));
            continue;
        }
        let tests: Vec<&TestResult> = progress
            .iter()
            .filter(|entry| &entry.exercise.lesson == lesson)
            .flat_map(|entry| entry.tests.iter().copied())
            .collect();
        let passed = tests.iter().filter(|test| test.passed).count();
        let mark = if passed == tests.len() && passed > 0 { "done" } else { "" };
        let _ = writeln!(
            out,
            "{lesson}  {}  {passed:>2}/{:<2} tests  {mark:4}  {title}",
            bar(passed, tests.len()),
            tests.len()
        );
    }
    let solved = progress.iter().filter(|entry| entry.solved()).count();
    let all_tests: Vec<&&TestResult> = progress.iter().flat_map(|entry| &entry.tests).collect();
    let passed = all_tests.iter().filter(|test| test.passed).count();
    let _ = writeln!(
        out,
        "\noverall   {}  {passed}/{} tests, {solved} of {} exercises solved\n",
        bar(passed, all_tests.len()),
        all_tests.len(),
        progress.len()
    );
    for lesson in broken {
        out.push_str(&describe_broken(lesson));
    }
    match next_up(progress, start) {
        Some(entry) => out.push_str(&describe_next(entry)),
        None => out.push_str("Every exercise passes. Well done!\n"),
    }
    out
}

/// The "next up" block: where the exercise is, what it asks, how to grade it.
pub fn describe_next(entry: &ExerciseProgress) -> String {
    let exercise = entry.exercise;
    let lesson = &exercise.lesson;
    format!(
        "Next up: {}  ({})\n  {}\n\n  grade it:   cargo grade {lesson} {}\n  a hint:     cargo run -p workbook -- hint {lesson}\n",
        exercise.path(),
        exercise.location(),
        one_line(&exercise.task),
        exercise.name,
    )
}

/// Lines of a compile error shown under the progress view.
const ERROR_LINES: usize = 20;

/// A lesson that does not compile: its first error, and how to see the rest.
pub fn describe_broken(broken: &Broken) -> String {
    let lesson = &broken.lesson;
    let first: Vec<&str> = broken.errors.lines().take(ERROR_LINES).collect();
    let more = broken.errors.lines().count().saturating_sub(ERROR_LINES);
    let rest = if more > 0 { format!("  ... ({more} more lines)\n") } else { String::new() };
    format!(
        "{lesson} does not compile, so its tests did not run (every other lesson was graded). \
         The compiler says:\n\n{}\n{rest}\n  all of it:   cargo grade {lesson}\n\n",
        first.iter().map(|line| format!("  {line}")).collect::<Vec<_>>().join("\n"),
    )
}

/// The task's first sentences, cut to fit on one line.
fn one_line(task: &str) -> String {
    const LIMIT: usize = 100;
    if task.chars().count() <= LIMIT {
        return task.to_string();
    }
    let mut cut: String = task.chars().take(LIMIT).collect();
    if let Some(space) = cut.rfind(' ') {
        cut.truncate(space);
    }
    format!("{cut} ...")
}

fn bar(done: usize, total: usize) -> String {
    let filled = (done * BAR_WIDTH).checked_div(total).unwrap_or(0);
    format!("{}{}", "█".repeat(filled), "░".repeat(BAR_WIDTH - filled))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::parse;

    fn result(name: &str, passed: bool) -> TestResult {
        TestResult { name: name.to_string(), passed, output: String::new() }
    }

    const LESSON: &str = "\
/// Group the tasks.
pub async fn task_group() {}

/// Group them with a tracker; the task here is long enough that it must be cut somewhere sensible on the line.
pub async fn task_group_with_tracker() {}
";

    #[test]
    fn a_test_belongs_to_the_longest_matching_exercise_name() {
        let exercises = parse("lesson04", LESSON);
        let short = result("lesson04::task_group_returns_errors", true);
        let long = result("lesson04::task_group_with_tracker_rolls_back", true);
        let stray = result("lesson04::something_else", true);
        assert_eq!(owner(&exercises, &short), Some(0));
        assert_eq!(owner(&exercises, &long), Some(1));
        assert_eq!(owner(&exercises, &stray), None);
    }

    #[test]
    fn the_next_exercise_is_the_first_with_a_failing_or_no_test() {
        let exercises = parse("lesson04", LESSON);
        let results = vec![
            result("lesson04::task_group_works", true),
            result("lesson04::task_group_with_tracker_works", false),
        ];
        let progress = match_tests(&exercises, &results);
        assert_eq!(
            next_up(&progress, None).map(|entry| entry.exercise.name.as_str()),
            Some("task_group_with_tracker")
        );

        let view = render(&[("lesson04".into(), "TaskGroup".into())], &progress, &[], None);
        assert!(view.contains("lesson04  ██████████░░░░░░░░░░   1/2  tests"), "{view}");
        assert!(view.contains("1/2 tests, 1 of 2 exercises solved"), "{view}");
        assert!(
            view.contains(
                "Next up: lesson04::task_group_with_tracker  (exercises/src/lesson04.rs:5)"
            ),
            "{view}"
        );
        assert!(
            view.contains("cut somewhere sensible on ..."),
            "the task is cut to one line: {view}"
        );
        assert!(view.contains("cargo grade lesson04 task_group_with_tracker"), "{view}");
    }

    #[test]
    fn a_learner_who_starts_later_is_offered_the_first_unsolved_exercise_from_there() {
        let mut exercises = parse("lesson01", "/// One.\npub async fn one() {}\n");
        exercises.extend(parse("lesson13", "/// Two.\npub async fn two() {}\n"));
        exercises.extend(parse("lesson14", "/// Three.\npub async fn three() {}\n"));
        let results = vec![
            result("lesson01::one_works", false),
            result("lesson13::two_works", true),
            result("lesson14::three_works", false),
        ];
        let progress = match_tests(&exercises, &results);
        let next = |start| next_up(&progress, start).map(|entry| entry.exercise.name.as_str());
        assert_eq!(next(None), Some("one"));
        assert_eq!(next(Some("lesson13")), Some("three"));

        let solved_from_13 = [result("lesson13::two_works", true)];
        let only_13: Vec<Exercise> =
            exercises.iter().filter(|e| e.lesson != "lesson14").cloned().collect();
        let progress = match_tests(&only_13, &solved_from_13);
        assert_eq!(
            next_up(&progress, Some("lesson13")).map(|entry| entry.exercise.name.as_str()),
            Some("one"),
            "once everything from the start on passes, the earlier lessons come up"
        );

        let lessons: Vec<(String, String)> = ["lesson01", "lesson13", "lesson14"]
            .iter()
            .map(|lesson| (lesson.to_string(), format!("title of {lesson}")))
            .collect();
        let progress = match_tests(&exercises, &results);
        let view = render(&lessons, &progress, &[], Some("lesson13"));
        assert!(view.contains("\nPart I: asyncio's constructs in tokio\nlesson01"), "{view}");
        assert!(view.contains("\nPart II: beyond asyncio\nlesson13"), "{view}");
        assert!(view.contains("title of lesson13  <- you start here"), "{view}");
        assert!(view.contains("Next up: lesson14::three"), "{view}");
    }

    #[test]
    fn when_everything_passes_it_says_so() {
        let exercises = parse("lesson04", LESSON);
        let results = vec![
            result("lesson04::task_group_works", true),
            result("lesson04::task_group_with_tracker_works", true),
        ];
        let progress = match_tests(&exercises, &results);
        let view = render(&[("lesson04".into(), "TaskGroup".into())], &progress, &[], None);
        assert!(view.contains("Every exercise passes"), "{view}");
        assert!(view.contains("done"), "{view}");
    }
}
