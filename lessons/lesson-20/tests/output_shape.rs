//! This lesson crawls a real site on loopback, so it runs on the real clock
//! only and its output is never the same twice: times, ports, the order of
//! the timeline's rows and how far the stopped crawl got all vary. These
//! tests run the program and check what must not vary: every page with its
//! status or its error, the limits kept, a crawl that takes about the
//! silent page's time limit, and a stop that keeps what was found. The
//! book's copy (`book/src/output/lesson-20.txt`) is checked loosely:
//! with numbers masked and timeline rows left out, it holds the same lines;
//! `UPDATE_BOOK_OUTPUT=1 cargo test -p lesson-20` rewrites it.

use std::time::Duration;

use timeline::lesson::{assert_book_copy_has_the_same_lines, run_to_the_end, seconds_after};

const LESSON: &str = env!("CARGO_BIN_EXE_lesson-20");

#[test]
fn the_lesson_crawls_the_local_site_politely_and_sums_it_up() {
    let (output, wall) = run_to_the_end(LESSON, &[]);

    for (line, why) in [
        ("12 pages, 9 fine, 3 broken\n", "the summary of the whole crawl"),
        ("/broken: status 500\n", "the server error, after its last try"),
        ("/never: deadline has elapsed\n", "the silent page, cut off at its time limit"),
        ("/old: status 404\n", "the missing page"),
        ("15 requests for 12 pages", "each page once, /flaky twice and /broken three times"),
        ("at most [2, 2] at once per host", "2 per host in section 1"),
        ("at most [1, 1] at once per host", "1 per host in section 2"),
        ("stopped before the end\n", "the stopped crawl says so"),
    ] {
        assert!(output.contains(line), "{why}: no {line:?} in\n{output}");
    }
    let fine = output.lines().filter(|line| line.starts_with("  200  http://127.0.0.1:")).count();
    assert!(fine >= 9, "the nine pages that answer 200, each with its URL:\n{output}");
    let crawled = seconds_after(&output, "crawled in ");
    assert!(
        (0.3..1.0).contains(&crawled),
        "the crawl takes about the silent page's time limit, 0.3 s: {crawled} s\n{output}"
    );
    let stopped = seconds_after(&output, "returned ");
    assert!(
        (0.1..0.3).contains(&stopped),
        "Ctrl-C after 0.1 s stops at once: {stopped} s\n{output}"
    );
    assert!(wall < Duration::from_secs(6), "the lesson took {wall:?}; it should take about 1 s");

    // Rows of the timeline come in another order every run: compare as a set.
    assert_book_copy_has_the_same_lines(&output, env!("CARGO_MANIFEST_DIR"), shape);
}

#[test]
fn the_lesson_ignores_the_virtual_clock_flag() {
    let (output, _) = run_to_the_end(LESSON, &["--virtual-clock"]);
    assert!(output.contains("needs the real clock"), "it says why the flag is ignored:\n{output}");
    assert!(output.contains("12 pages, 9 fine, 3 broken"), "{output}");
}

/// A line as every run prints it: with each number masked and runs of
/// spaces made one; `None` for the timeline's rows and axis, which vary in
/// order and length.
fn shape(line: &str) -> Option<String> {
    if line.contains('█') || line.contains('░') || line.trim_start().starts_with("0s") {
        return None;
    }
    let mut masked = String::new();
    for c in line.chars() {
        if c.is_ascii_digit() {
            if !masked.ends_with('N') {
                masked.push('N');
            }
        } else {
            masked.push(c);
        }
    }
    Some(masked.split_whitespace().collect::<Vec<_>>().join(" "))
}
