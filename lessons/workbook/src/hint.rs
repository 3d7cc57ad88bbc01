//! `hint lessonNN`: the hints for the lesson's next unsolved exercise, one
//! more each time it is asked, read from the exercise's doc comment.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::exercises::{self, Exercise};
use crate::graded::{self, Subject};
use crate::progress;

pub fn run(root: &Path, typed_lesson: &str) -> ExitCode {
    let lesson = match exercises::resolve_lesson(root, typed_lesson) {
        Ok(lesson) => lesson,
        Err(message) => return crate::fail(&message),
    };
    let results = match graded::run(root, Subject::Exercises, Some(&format!("{lesson}::"))) {
        Ok(results) => results,
        Err(error) => return crate::fail(&error.to_string()),
    };
    let exercises = exercises::read(root, &lesson);
    let progress = progress::match_tests(&exercises, &results);
    let Some(next) = progress::next_up(&progress) else {
        println!("{lesson} passes already: nothing left to hint.");
        println!("Compare with the reference: cargo run -p workbook -- solution {lesson}");
        return ExitCode::SUCCESS;
    };
    let mut shown = ShownHints::load(root);
    let level = shown.reveal_one_more(next.exercise);
    print!("{}", describe(next.exercise, level));
    if let Err(error) = shown.save(root) {
        eprintln!("(could not remember which hints were shown: {error})");
    }
    ExitCode::SUCCESS
}

/// The exercise, then its first `level` hints, then what to do next.
pub fn describe(exercise: &Exercise, level: usize) -> String {
    let mut text =
        format!("{}  ({})\n  {}\n\n", exercise.path(), exercise.location(), exercise.task);
    let total = exercise.hints.len();
    if total == 0 {
        text.push_str(
            "This exercise has no written hints; its doc comment and its tests are the spec.\n",
        );
        return text;
    }
    for (number, hint) in exercise.hints.iter().take(level).enumerate() {
        text.push_str(&format!("Hint {} of {total}: {hint}\n\n", number + 1));
    }
    if level < total {
        text.push_str(&format!(
            "For the next hint, run the same command again: cargo run -p workbook -- hint {}\n",
            exercise.lesson
        ));
    } else {
        text.push_str(&format!(
            "That was the last hint. The tests in tests/{}.rs are the full spec.\n",
            exercise.lesson
        ));
    }
    text
}

/// How many hints of each exercise the learner has seen, kept in
/// `target/workbook/hints-shown` so that each request goes one level deeper.
#[derive(Default)]
struct ShownHints {
    levels: BTreeMap<String, usize>,
}

impl ShownHints {
    fn file(root: &Path) -> PathBuf {
        root.join("target/workbook/hints-shown")
    }

    fn load(root: &Path) -> Self {
        let text = std::fs::read_to_string(Self::file(root)).unwrap_or_default();
        let levels = text
            .lines()
            .filter_map(|line| {
                let (path, level) = line.split_once(' ')?;
                Some((path.to_string(), level.parse().ok()?))
            })
            .collect();
        ShownHints { levels }
    }

    /// Shows one more hint than last time, up to all of them.
    fn reveal_one_more(&mut self, exercise: &Exercise) -> usize {
        let level = self.levels.entry(exercise.path()).or_default();
        *level = (*level + 1).min(exercise.hints.len());
        *level
    }

    fn save(&self, root: &Path) -> std::io::Result<()> {
        let file = Self::file(root);
        if let Some(folder) = file.parent() {
            std::fs::create_dir_all(folder)?;
        }
        let lines: String =
            self.levels.iter().map(|(path, level)| format!("{path} {level}\n")).collect();
        std::fs::write(file, lines)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exercise(hints: &[&str]) -> Exercise {
        Exercise {
            lesson: "lesson01".into(),
            name: "cook_menu".into(),
            line: 40,
            task: "Cook the menu.".into(),
            hints: hints.iter().map(|hint| hint.to_string()).collect(),
        }
    }

    #[test]
    fn each_request_reveals_one_more_hint_up_to_the_last() {
        let exercise = exercise(&["a nudge", "more"]);
        let mut shown = ShownHints::default();
        assert_eq!(shown.reveal_one_more(&exercise), 1);
        assert_eq!(shown.reveal_one_more(&exercise), 2);
        assert_eq!(shown.reveal_one_more(&exercise), 2);

        let first = describe(&exercise, 1);
        assert!(first.contains("Hint 1 of 2: a nudge"), "{first}");
        assert!(!first.contains("more"), "{first}");
        assert!(first.contains("run the same command again"), "{first}");
        let last = describe(&exercise, 2);
        assert!(
            last.contains("Hint 2 of 2: more") && last.contains("That was the last hint"),
            "{last}"
        );
    }

    #[test]
    fn an_exercise_without_hints_says_so() {
        assert!(describe(&exercise(&[]), 0).contains("no written hints"));
    }
}
