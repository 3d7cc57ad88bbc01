//! The learner's tool: where you stand, what to do next, hints, and a watch
//! mode that re-grades on every save. It reads the same graded tests as
//! `cargo test`; there is no second way of grading.
//!
//! `verify` is the maintainers' check: every graded test passes on the
//! reference solutions and fails on the untouched stubs.

mod exercises;
mod graded;
mod hint;
mod progress;
mod solution;
mod start;
mod variants;
mod verify;
mod watch;

use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo run -p workbook -- [command]

  (no command)            your progress per lesson, and the next exercise to do
  hint <lesson>           the next hint for that lesson's next unsolved exercise
                          (run it again for more); <lesson> is lesson03 or 03
  start <lesson>          begin at that lesson (lesson13 for Part II): the
                          next exercise offered is from there on
  watch                   re-grade the lesson whose exercise file you save
  solution <lesson>       the reference solution, once the lesson passes
  solution <lesson> --spoil   the reference solution now (spoils the exercise)
  verify                  maintainers: every graded test passes on solutions/
                          and fails on the untouched exercises/ stubs, every
                          mistake in solutions/mistakes fails, and every
                          alternative in solutions/alternatives passes
  verify --hints          maintainers: only the hint checks (nothing is built)
  verify --variants [<lesson>...]
                          maintainers: only the mistakes and alternatives
                          (of these lessons)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    let root = graded::workspace_root();
    match words.as_slice() {
        [] => show_progress(&root),
        ["hint", lesson] => hint::run(&root, lesson),
        ["watch"] => watch::run(&root),
        ["start", lesson] => start::run(&root, lesson),
        ["solution", lesson] => solution::run(&root, lesson, false),
        ["solution", lesson, solution::SPOIL_FLAG] => solution::run(&root, lesson, true),
        ["verify"] => verify::run(),
        ["verify", "--hints"] => verify::run_hints(),
        ["verify", "--variants", lessons @ ..] => {
            let lessons: Result<Vec<String>, String> =
                lessons.iter().map(|typed| exercises::resolve_lesson(&root, typed)).collect();
            match lessons {
                Ok(lessons) => verify::run_variants(&lessons),
                Err(error) => fail(&error),
            }
        }
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => fail(&format!("did not understand {:?}\n\n{USAGE}", args.join(" "))),
    }
}

fn show_progress(root: &Path) -> ExitCode {
    eprintln!("Grading every exercise with `cargo test` (the first run builds the workspace)...");
    let graded = match graded::run_in(root, graded::Subject::Exercises, &[], None, false) {
        Ok(graded) => graded,
        Err(error) => return fail(&error.to_string()),
    };
    let exercises = exercises::read_all(root);
    let lessons: Vec<(String, String)> = exercises::lessons(root)
        .into_iter()
        .map(|lesson| {
            let title = exercises::lesson_title(root, &lesson);
            (lesson, title)
        })
        .collect();
    let progress = progress::match_tests(&exercises, &graded.results);
    let start = start::read(root);
    print!("{}", progress::render(&lessons, &progress, &graded.broken, start.as_deref()));
    ExitCode::SUCCESS
}

/// Prints `message` as an error and gives the exit code for failure.
fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}
