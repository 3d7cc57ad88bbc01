//! This lesson talks to real sockets, so its first three sections run on
//! the real clock and their output is never the same twice: times vary. The
//! last two need no socket and run on the paused clock. This test runs the
//! program and checks what it prints: every client's answers, the limit of 2
//! jobs at once, the job cut short at the end of the grace period, the
//! supervisor's restarts, and, on the paused clock, the line `read_line`
//! loses and `next_line` keeps, and the grace period a `select!` loop keeps
//! or starts again. The book's copy (`book/src/output/lesson-18.txt`)
//! is checked loosely, with times masked; `UPDATE_BOOK_OUTPUT=1 cargo test
//! -p lesson-18` rewrites it.

use std::time::Duration;

use timeline::lesson::{assert_book_copy_has_the_same_shape, run_to_the_end};

#[test]
fn the_lesson_serves_shuts_down_cleanly_and_supervises() {
    let (output, wall) = run_to_the_end(env!("CARGO_BIN_EXE_lesson-18"), &[]);

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
        "  panic: the worker failed on run 1\na run that nobody awaits: the hook printed its panic",
        // On the paused clock: these times are exact.
        "read_line:\n  0.050 s: tick; read_line was dropped, the String holds \"\"\n  \
         0.100 s: read_line returned Ok(2), the line \"5\\n\"\n",
        "next_line:\n  0.050 s: tick\n  0.100 s: next_line returned Ok(Some(\"25\"))\n",
        "one Sleep, pinned: 1 finished, the rest cut short after 0.400 s",
        "sleep(grace) in the select!: 3 finished, the rest cut short after 1.300 s",
    ] {
        assert!(output.contains(line), "the output should contain {line:?}:\n{output}");
    }
    assert!(wall < Duration::from_secs(6), "the lesson took {wall:?}; it should take under 3 s");

    assert_book_copy_has_the_same_shape(&output, env!("CARGO_MANIFEST_DIR"));
}
