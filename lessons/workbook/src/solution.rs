//! `solution lessonNN`: the reference solution, once the lesson passes (or
//! on purpose, with `--spoil`).

use std::path::Path;
use std::process::ExitCode;

use crate::exercises;
use crate::graded::{self, Subject};

/// The flag that shows a solution before the lesson passes.
pub const SPOIL_FLAG: &str = "--spoil";

pub fn run(root: &Path, typed_lesson: &str, spoil: bool) -> ExitCode {
    let lesson = match exercises::resolve_lesson(root, typed_lesson) {
        Ok(lesson) => lesson,
        Err(message) => return crate::fail(&message),
    };
    if !spoil {
        let results = match graded::run(root, Subject::Exercises, Some(&format!("{lesson}::"))) {
            Ok(results) => results,
            Err(error) => return crate::fail(&error.to_string()),
        };
        let passed = results.iter().filter(|test| test.passed).count();
        if passed < results.len() {
            return crate::fail(&format!(
                "{lesson} passes {passed} of {} tests so far, so its solution stays hidden: \
                 working it out is the exercise.\n\
                 A hint may do: cargo run -p workbook -- hint {lesson}\n\
                 To read the solution anyway (it spoils the exercise): \
                 cargo run -p workbook -- solution {lesson} {SPOIL_FLAG}",
                results.len()
            ));
        }
    }
    let path = root.join(format!("solutions/src/{lesson}.rs"));
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            println!("// {}\n{}", path.strip_prefix(root).unwrap_or(&path).display(), clean(&text));
            ExitCode::SUCCESS
        }
        Err(error) => crate::fail(&format!("could not read {}: {error}", path.display())),
    }
}

/// The solution without the `// ANCHOR:` lines that the book's includes use.
fn clean(source: &str) -> String {
    let kept = source.lines().filter(|line| {
        let line = line.trim_start();
        !line.starts_with("// ANCHOR:") && !line.starts_with("// ANCHOR_END:")
    });
    kept.map(|line| format!("{line}\n")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_books_anchor_lines_are_left_out() {
        let source = "// ANCHOR: add\n/// Adds.\npub fn add() {}\n// ANCHOR_END: add\n";
        assert_eq!(clean(source), "/// Adds.\npub fn add() {}\n");
    }
}
