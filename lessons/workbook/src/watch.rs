//! `watch`: re-grades the lesson whose exercise file was just saved, shows
//! the result and the next step, and waits for the next save. A file that
//! does not compile is reported, never fatal.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::exercises;
use crate::graded::{self, Subject};
use crate::progress;

/// How often the exercise files are checked for changes.
const POLL_EVERY: Duration = Duration::from_millis(400);

pub fn run(root: &Path) -> ! {
    println!("Watching exercises/src/ for saved changes. Ctrl-C stops.");
    let mut last_seen = modification_times(root);
    println!("Save an exercise file to grade its lesson.");
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
            print!("{}", grade_lesson(root, &lesson));
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

/// One lesson's verdict: how many tests pass, the first failure's message,
/// and the next step.
pub fn grade_lesson(root: &Path, lesson: &str) -> String {
    let results = match graded::run(root, Subject::Exercises, Some(&format!("{lesson}::"))) {
        Ok(results) => results,
        Err(error) => return format!("{error}\n\nWaiting for the next save.\n"),
    };
    let exercises = exercises::read(root, lesson);
    let progress = progress::match_tests(&exercises, &results);
    let passed = results.iter().filter(|test| test.passed).count();
    let mut text = format!("{lesson}: {passed} of {} tests pass\n", results.len());
    if let Some(failure) = results.iter().find(|test| !test.passed) {
        let message: Vec<&str> = failure.output.trim().lines().take(40).collect();
        text.push_str(&format!(
            "\nFirst failing test: {}\n{}\n\n",
            failure.name,
            message.join("\n")
        ));
    }
    match progress::next_up(&progress) {
        Some(next) => text.push_str(&progress::describe_next(next)),
        None => text
            .push_str(&format!("{lesson} is done. See where you stand: cargo run -p workbook\n")),
    }
    text
}
