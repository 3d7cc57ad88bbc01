//! `start lessonNN`: where the learner begins. Someone who knows Part I's
//! ideas can start at Part II; the progress view and `watch` then offer the
//! first unsolved exercise from that lesson on (and the earlier ones only
//! when everything from there on passes).
//!
//! The choice is kept in a file of its own at the workspace root, which git
//! ignores, so that it survives `cargo clean`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::exercises;

/// The file, at the workspace root, that holds the lesson the learner starts at.
const START_FILE: &str = ".workbook-start";

fn path(root: &Path) -> PathBuf {
    root.join(START_FILE)
}

/// The lesson the learner said they start at, if they said one that exists.
pub fn read(root: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path(root)).ok()?;
    exercises::resolve_lesson(root, text.trim()).ok()
}

/// Records `typed` (`lesson13`, `13`) as where the learner starts.
pub fn run(root: &Path, typed: &str) -> ExitCode {
    let lesson = match exercises::resolve_lesson(root, typed) {
        Ok(lesson) => lesson,
        Err(message) => return crate::fail(&message),
    };
    if let Err(error) = std::fs::write(path(root), format!("{lesson}\n")) {
        return crate::fail(&format!("could not write {START_FILE}: {error}"));
    }
    println!(
        "You start at {lesson}: `cargo run -p workbook` and `watch` now offer the first \
         unsolved exercise from {lesson} on. Every lesson is still graded and shown.\n\
         To start somewhere else: cargo run -p workbook -- start lessonNN"
    );
    ExitCode::SUCCESS
}
