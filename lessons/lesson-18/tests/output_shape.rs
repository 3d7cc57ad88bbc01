//! This lesson talks to real sockets, so it runs on the real clock only and
//! its output is never the same twice: times vary. This test runs the
//! program and checks what it prints: every client's answers, the limit of 2
//! jobs at once, the job cut short at the end of the grace period, and the
//! supervisor's restarts. The book's copy (`book/src/output/lesson-18.txt`)
//! is checked loosely, with times masked; `UPDATE_BOOK_OUTPUT=1 cargo test
//! -p lesson-18` rewrites it.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

#[test]
fn the_lesson_serves_shuts_down_cleanly_and_supervises() {
    let started = Instant::now();
    let run =
        Command::new(env!("CARGO_BIN_EXE_lesson-18")).output().expect("could not run the lesson");
    let wall = started.elapsed();
    let output = String::from_utf8(run.stdout).expect("the output is UTF-8");
    assert!(
        run.status.success(),
        "the lesson failed:\n{output}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );

    for line in [
        "client 1: sent [\"2\", \"1\"], got [\"ok 2\", \"ok 1\"]",
        "client 3: sent [\"x\", \"1\"], got [\"error x\", \"ok 1\"]",
        "never more than 2 jobs at once",
        "shutdown: 4 connections finished, 5 jobs acknowledged, 0 cut short",
        "client 1: sent [\"2\", \"2\"], got [\"ok 2\"]",
        "client 3: sent [\"50\"], got []",
        "shutdown: 2 connections finished, 2 jobs acknowledged, 1 cut short",
        "three failures, then Ok(4)",
        "a worker that always fails: Err(GaveUp { failures: 3 })",
    ] {
        assert!(output.contains(line), "the output should contain {line:?}:\n{output}");
    }
    assert!(wall < Duration::from_secs(6), "the lesson took {wall:?}; it should take under 3 s");

    let book_copy =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../book/src/output/lesson-18.txt");
    assert_book_copy_has_the_same_shape(&output, &book_copy);
}

/// The book shows one real run. Another run prints the same lines, with
/// other times and another port: compare them with those masked.
fn assert_book_copy_has_the_same_shape(output: &str, book_copy: &Path) {
    if std::env::var_os(timeline::lesson::UPDATE_VARIABLE).is_some() {
        std::fs::write(book_copy, output).expect("could not write the book's copy");
        return;
    }
    let committed = std::fs::read_to_string(book_copy).unwrap_or_default();
    let (now, then) = (shape(output), shape(&committed));
    if let Some((line, (a, b))) = now.iter().zip(&then).enumerate().find(|(_, (a, b))| a != b) {
        panic!(
            "{} is stale at line {}: the lesson now prints\n  {a}\nwhere the book shows\n  {b}\n\
             Refresh it with `{}=1 cargo test -p lesson-18`.",
            book_copy.display(),
            line + 1,
            timeline::lesson::UPDATE_VARIABLE
        );
    }
    assert_eq!(
        now.len(),
        then.len(),
        "{} is stale: it has {} lines, the lesson now prints {}. Refresh it with `{}=1 cargo test -p \
         lesson-18`.",
        book_copy.display(),
        then.len(),
        now.len(),
        timeline::lesson::UPDATE_VARIABLE
    );
}

/// Each line with its times (`0.503 s`, `0.50s`, `2.21x`) and ports masked,
/// timeline bars removed and runs of spaces made one.
fn shape(text: &str) -> Vec<String> {
    text.lines().map(mask_line).collect()
}

fn mask_line(line: &str) -> String {
    let mut masked = String::new();
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("127.0.0.1:") {
            masked.push_str("127.0.0.1:PORT");
            rest = after.trim_start_matches(|c: char| c.is_ascii_digit());
        } else if let Some(after) = measured_number(rest) {
            masked.push('T');
            rest = after;
        } else {
            if c != '█' && c != '░' {
                masked.push(c);
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    masked.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// When `text` starts with a measured number (`0.503 s`, `0.50s`, `2.21x`),
/// what follows it.
fn measured_number(text: &str) -> Option<&str> {
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let whole = digits(text);
    let after_point = text[whole..].strip_prefix('.')?;
    let fraction = digits(after_point);
    if whole == 0 || fraction == 0 {
        return None;
    }
    let after = &after_point[fraction..];
    after.strip_prefix(" s").or_else(|| after.strip_prefix('s')).or_else(|| after.strip_prefix('x'))
}
