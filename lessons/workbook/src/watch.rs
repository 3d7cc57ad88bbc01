//! `watch`: grades once at the start, then re-grades the lesson whose
//! exercise file was just saved. It shows the verdict on the exercise the
//! learner is on (the "Next up" one) first, then how many other tests fail,
//! and the compiler's warnings about the learner's files. A file that does
//! not compile is reported, never fatal.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, SystemTime};

use timeline::grade::VERDICT_HEADING;

use crate::exercises;
use crate::graded::{self, Graded, Subject};
use crate::progress;

/// How often the exercise files are checked for changes.
const POLL_EVERY: Duration = Duration::from_millis(400);

/// Lines of the learner's own output shown above a verdict; the rest is cut,
/// the verdict never is.
const OWN_OUTPUT_LINES: usize = 12;

pub fn run(root: &Path) -> ! {
    println!("Watching exercises/src/ for saved changes. Ctrl-C stops.");
    let mut last_seen = modification_times(root);
    println!("Grading where you stand...");
    print!("{}", grade(root, None));
    println!("Save an exercise file to grade its lesson again.");
    loop {
        std::thread::sleep(POLL_EVERY);
        let now = modification_times(root);
        for change in changes(&last_seen, &now) {
            print!("{}", describe(root, &change));
        }
        last_seen = now;
    }
}

/// What happened to one lesson's exercise file between two looks.
#[derive(Debug, PartialEq, Eq)]
enum Change {
    Saved(String),
    Deleted(String),
    Restored(String),
}

/// The changes from `before` to `now`, one per lesson, in lesson order.
fn changes(
    before: &BTreeMap<String, SystemTime>,
    now: &BTreeMap<String, SystemTime>,
) -> Vec<Change> {
    let mut found = Vec::new();
    for (lesson, time) in now {
        match before.get(lesson) {
            None => found.push(Change::Restored(lesson.clone())),
            Some(earlier) if earlier != time => found.push(Change::Saved(lesson.clone())),
            Some(_) => {}
        }
    }
    for lesson in before.keys().filter(|lesson| !now.contains_key(*lesson)) {
        found.push(Change::Deleted(lesson.clone()));
    }
    found.sort_by(|a, b| lesson_in(a).cmp(lesson_in(b)));
    found
}

fn lesson_in(change: &Change) -> &str {
    match change {
        Change::Saved(lesson) | Change::Deleted(lesson) | Change::Restored(lesson) => lesson,
    }
}

fn describe(root: &Path, change: &Change) -> String {
    match change {
        Change::Saved(lesson) => {
            format!("\n--- {lesson} saved: grading ---\n{}", grade(root, Some(lesson)))
        }
        Change::Restored(lesson) => {
            format!("\n--- {lesson} is back: grading ---\n{}", grade(root, Some(lesson)))
        }
        Change::Deleted(lesson) => format!(
            "\n--- exercises/src/{lesson}.rs was deleted ---\n\
             {lesson} cannot be graded without it. Restore it with \
             `git checkout exercises/src/{lesson}.rs`; watch grades it again when it is back.\n"
        ),
    }
}

/// The lesson an exercise file belongs to: `exercises/src/lesson03.rs` is
/// lesson03. Anything else there (an editor's backup `lesson03.rs.bak`, a
/// swap file `.lesson03.rs.swp`, `lesson03.rs~`) is not an exercise file.
fn lesson_of(path: &Path) -> Option<String> {
    if path.extension()? != "rs" {
        return None;
    }
    let stem = path.file_stem()?.to_str()?;
    exercises::is_lesson_name(stem).then(|| stem.to_string())
}

/// When each lesson's exercise file was last changed.
fn modification_times(root: &Path) -> BTreeMap<String, SystemTime> {
    let mut times = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(root.join("exercises/src")) else { return times };
    for entry in entries.flatten() {
        let Some(lesson) = lesson_of(&entry.path()) else { continue };
        if let Ok(modified) = entry.metadata().and_then(|meta| meta.modified()) {
            times.insert(lesson, modified);
        }
    }
    times
}

/// Grades one lesson (or all, with `None`) and describes the result: the
/// Next-up exercise's verdict, how many other tests fail, the warnings, and
/// the next step.
pub fn grade(root: &Path, lesson: Option<&str>) -> String {
    let filters: Vec<String> = lesson.map(|lesson| format!("{lesson}::")).into_iter().collect();
    let Graded { results, warnings, broken } =
        match graded::run_in(root, Subject::Exercises, &filters, None, false) {
            Ok(graded) => graded,
            Err(error) => return format!("{error}\n\nWaiting for the next save.\n"),
        };
    let scope = lesson.unwrap_or("all lessons");
    if results.is_empty() {
        return format!(
            "{scope}: no test ran, so nothing was graded.\n\nWaiting for the next save.\n"
        );
    }
    let exercises = match lesson {
        Some(lesson) => exercises::read(root, lesson),
        None => exercises::read_all(root),
    };
    let progress = progress::match_tests(&exercises, &results);
    let passed = results.iter().filter(|test| test.passed).count();
    let mut text = format!("{scope}: {passed} of {} tests pass\n", results.len());
    let start = crate::start::read(root);
    let next = progress::next_up(&progress, start.as_deref());
    let shown = next.and_then(|next| next.tests.iter().find(|test| !test.passed).copied());
    let shown = shown.or_else(|| results.iter().find(|test| !test.passed));
    if let Some(failure) = shown {
        text.push_str(&format!("\n{}\n{}\n", failure.name, verdict_in_full(&failure.output)));
        let others = results.iter().filter(|test| !test.passed).count() - 1;
        if others > 0 {
            text.push_str(&format!("({others} other test(s) fail too.)\n"));
        }
    }
    for warning in &warnings {
        text.push_str(&format!("\nThe compiler warns about your code:\n{warning}"));
    }
    text.push('\n');
    for lesson in &broken {
        text.push_str(&progress::describe_broken(lesson));
    }
    match next {
        Some(next) => text.push_str(&progress::describe_next(next)),
        None if !broken.is_empty() => {}
        None => text.push_str(&format!(
            "{scope}: every exercise passes. See where you stand: cargo run -p workbook\n"
        )),
    }
    text
}

/// A failing test's output with the verdict whole: when the learner's own
/// code printed a lot before it, only the start of that is kept.
fn verdict_in_full(output: &str) -> String {
    let output = output.trim_end();
    let (own, verdict) = match output.rfind(VERDICT_HEADING) {
        Some(at) => output.split_at(at),
        None => ("", output),
    };
    let own: Vec<&str> = own.trim_end().lines().collect();
    if own.len() <= OWN_OUTPUT_LINES {
        return output.trim_start_matches('\n').to_string();
    }
    format!(
        "{}\n... ({} more lines your code printed are cut here)\n\n{verdict}",
        own[..OWN_OUTPUT_LINES].join("\n"),
        own.len() - OWN_OUTPUT_LINES,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graded::TestResult;

    fn failing(name: &str, output: &str) -> TestResult {
        TestResult { name: name.to_string(), passed: false, output: output.to_string() }
    }

    #[test]
    fn a_long_output_of_the_learners_is_cut_but_the_verdict_is_whole() {
        let own: String = (1..=100).map(|n| format!("working {n}\n")).collect();
        let verdict: String = (1..=50).map(|n| format!("verdict line {n}\n")).collect();
        let test = failing("lesson05::x", &format!("{own}\n{VERDICT_HEADING}\n\n{verdict}"));
        let shown = verdict_in_full(&test.output);
        assert!(shown.contains("working 1\n"), "{shown}");
        assert!(!shown.contains("working 13\n"), "{shown}");
        assert!(shown.contains("88 more lines your code printed are cut"), "{shown}");
        assert!(shown.contains("verdict line 1\n") && shown.contains("verdict line 50"), "{shown}");
    }

    #[test]
    fn only_a_lessons_own_exercise_file_counts() {
        assert_eq!(lesson_of(Path::new("exercises/src/lesson03.rs")), Some("lesson03".into()));
        for other in ["lesson03.rs.bak", ".lesson03.rs.swp", "lesson03.rs~", "lesson3.rs", "lib.rs"]
        {
            assert_eq!(lesson_of(&Path::new("exercises/src").join(other)), None, "{other}");
        }
    }

    #[test]
    fn saves_deletions_and_restorations_are_told_apart() {
        let at = |secs| SystemTime::UNIX_EPOCH + Duration::from_secs(secs);
        let before: BTreeMap<String, SystemTime> =
            [("lesson03".into(), at(1)), ("lesson04".into(), at(1)), ("lesson05".into(), at(1))]
                .into();
        let now: BTreeMap<String, SystemTime> =
            [("lesson03".into(), at(2)), ("lesson05".into(), at(1)), ("lesson06".into(), at(1))]
                .into();
        assert_eq!(
            changes(&before, &now),
            [
                Change::Saved("lesson03".into()),
                Change::Deleted("lesson04".into()),
                Change::Restored("lesson06".into()),
            ]
        );
        assert!(changes(&now, &now).is_empty());
    }

    #[test]
    fn a_short_output_is_shown_as_it_is() {
        let output = format!("working\n{VERDICT_HEADING}\nHung: ...\n");
        assert_eq!(verdict_in_full(&output), output.trim_end());
    }
}
