//! `hint lessonNN`: the hints for the lesson's next unsolved exercise, one
//! more each time it is asked, read from the lesson's hints file. While the
//! code does not compile (which is when a hint is most wanted), the exercise
//! is the one holding the first compile error, or else the first still
//! `todo!()`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::exercises::{self, Exercise};
use crate::graded::{self, GradeError, Subject};
use crate::progress;

pub fn run(root: &Path, typed_lesson: &str) -> ExitCode {
    let lesson = match exercises::resolve_lesson(root, typed_lesson) {
        Ok(lesson) => lesson,
        Err(message) => return crate::fail(&message),
    };
    let exercises = exercises::read(root, &lesson);
    let next = match graded::run(root, Subject::Exercises, Some(&format!("{lesson}::"))) {
        Ok(results) => {
            let progress = progress::match_tests(&exercises, &results);
            progress::next_up(&progress, None).map(|next| next.exercise.clone())
        }
        Err(GradeError::BuildFailed(errors)) if errors.contains(" is missing. Restore") => {
            return crate::fail(errors.trim_start_matches("error: "));
        }
        Err(GradeError::BuildFailed(errors)) => {
            let source = std::fs::read_to_string(root.join(format!("exercises/src/{lesson}.rs")))
                .unwrap_or_default();
            let exercise = broken_exercise(&exercises, &lesson, &errors)
                .or_else(|| first_unwritten(&exercises, &source))
                .or_else(|| exercises.first());
            println!(
                "(Your code does not compile yet, so nothing was graded; `cargo grade {lesson}` \
                 shows the errors. Here is the hint for the exercise you are on.)\n"
            );
            exercise.cloned()
        }
        Err(error) => return crate::fail(&error.to_string()),
    };
    let Some(next) = next else {
        println!("{lesson} passes already: nothing left to hint.");
        println!("Compare with the reference: cargo run -p workbook -- solution {lesson}");
        return ExitCode::SUCCESS;
    };
    let mut shown = ShownHints::load(root);
    let level = shown.reveal_one_more(&next);
    print!("{}", describe(&next, level));
    if let Err(error) = shown.save(root) {
        eprintln!("(could not remember which hints were shown: {error})");
    }
    ExitCode::SUCCESS
}

/// The exercise whose function holds the compiler's first error in the
/// lesson's file (`--> exercises/src/lesson03.rs:42:9`).
fn broken_exercise<'a>(
    exercises: &'a [Exercise],
    lesson: &str,
    errors: &str,
) -> Option<&'a Exercise> {
    let marker = format!("exercises/src/{lesson}.rs:");
    let line: usize = errors.lines().find_map(|text| {
        let after = &text[text.find(&marker)? + marker.len()..];
        after.split(':').next()?.parse().ok()
    })?;
    exercises.iter().filter(|exercise| exercise.line <= line).max_by_key(|exercise| exercise.line)
}

/// The first exercise whose body is still `todo!()`.
fn first_unwritten<'a>(exercises: &'a [Exercise], source: &str) -> Option<&'a Exercise> {
    let lines: Vec<&str> = source.lines().collect();
    exercises.iter().find(|exercise| {
        let body = lines.iter().skip(exercise.line).take_while(|line| !line.starts_with('}'));
        body.clone().any(|line| line.trim() == "todo!()")
    })
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

    /// Shows one more hint than last time, up to all of them. A level read
    /// from a damaged state file, however large, only means "all of them".
    fn reveal_one_more(&mut self, exercise: &Exercise) -> usize {
        let level = self.levels.entry(exercise.path()).or_default();
        *level = level.saturating_add(1).min(exercise.hints.len());
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
            doc: vec!["Cook the menu.".into()],
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
    fn a_damaged_hint_state_cannot_crash_it() {
        let exercise = exercise(&["a nudge", "more"]);
        let mut shown = ShownHints::default();
        shown.levels.insert(exercise.path(), usize::MAX);
        assert_eq!(shown.reveal_one_more(&exercise), 2);
    }

    #[test]
    fn while_the_code_does_not_compile_the_hint_is_for_the_exercise_with_the_error() {
        let mut first = exercise(&["a"]);
        first.line = 10;
        let mut second = exercise(&["b"]);
        second.name = "second".into();
        second.line = 30;
        let exercises = [first, second];
        let errors = "error[E0308]: mismatched types\n  --> exercises/src/lesson01.rs:34:9\n";
        let found = broken_exercise(&exercises, "lesson01", errors).map(|e| e.name.as_str());
        assert_eq!(found, Some("second"));
        let source = "\n".repeat(9)
            + "pub fn cook_menu() {\n    1\n}\n"
            + &"\n".repeat(17)
            + "pub fn second() {\n    todo!()\n}\n";
        let unwritten = first_unwritten(&exercises, &source).map(|e| e.name.as_str());
        assert_eq!(unwritten, Some("second"));
    }

    #[test]
    fn an_exercise_without_hints_says_so() {
        assert!(describe(&exercise(&[]), 0).contains("no written hints"));
    }
}
