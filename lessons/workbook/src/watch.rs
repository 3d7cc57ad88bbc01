//! `watch`: grades once at the start, then re-grades the lesson whose
//! exercise file was just saved. It shows the verdict on the exercise the
//! learner is on (the "Next up" one) first, then how many other tests fail,
//! and the compiler's warnings about the learner's files. A file that does
//! not compile is reported, never fatal.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
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
        let changed: Vec<&PathBuf> = now
            .iter()
            .filter(|(path, time)| last_seen.get(*path) != Some(time))
            .map(|(path, _)| path)
            .collect();
        if let Some(lesson) = changed.iter().find_map(|path| lesson_of(path)) {
            println!("\n--- {lesson} saved: grading ---");
            print!("{}", grade(root, Some(&lesson)));
        }
        last_seen = now;
    }
}

/// `exercises/src/lesson03.rs` is lesson03.
fn lesson_of(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    stem.starts_with("lesson").then(|| stem.to_string())
}

fn modification_times(root: &Path) -> BTreeMap<PathBuf, SystemTime> {
    let mut times = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(root.join("exercises/src")) else { return times };
    for entry in entries.flatten() {
        if let Ok(modified) = entry.metadata().and_then(|meta| meta.modified()) {
            times.insert(entry.path(), modified);
        }
    }
    times
}

/// Grades one lesson (or all, with `None`) and describes the result: the
/// Next-up exercise's verdict, how many other tests fail, the warnings, and
/// the next step.
pub fn grade(root: &Path, lesson: Option<&str>) -> String {
    let filters: Vec<String> = lesson.map(|lesson| format!("{lesson}::")).into_iter().collect();
    let Graded { results, warnings } =
        match graded::run_in(root, Subject::Exercises, &filters, None, false) {
            Ok(graded) => graded,
            Err(error) => return format!("{error}\n\nWaiting for the next save.\n"),
        };
    let exercises = match lesson {
        Some(lesson) => exercises::read(root, lesson),
        None => exercises::read_all(root),
    };
    let progress = progress::match_tests(&exercises, &results);
    let passed = results.iter().filter(|test| test.passed).count();
    let scope = lesson.unwrap_or("all lessons");
    let mut text = format!("{scope}: {passed} of {} tests pass\n", results.len());
    let next = progress::next_up(&progress);
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
    match next {
        Some(next) => text.push_str(&progress::describe_next(next)),
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
    fn a_short_output_is_shown_as_it_is() {
        let output = format!("working\n{VERDICT_HEADING}\nHung: ...\n");
        assert_eq!(verdict_in_full(&output), output.trim_end());
    }
}
