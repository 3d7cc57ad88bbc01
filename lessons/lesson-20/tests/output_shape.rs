//! This lesson crawls a real site on loopback, so it runs on the real clock
//! only and its output is never the same twice: times, ports, the order of
//! the timeline's rows and how far the stopped crawl got all vary. These
//! tests run the program and check what must not vary: every page with its
//! status or its error, the limits kept, a crawl that takes about the
//! silent page's time limit, and a stop that keeps what was found. The
//! book's copy (`book/src/output/lesson-20.txt`) is checked loosely:
//! with numbers masked and timeline rows left out, it holds the same lines;
//! `UPDATE_BOOK_OUTPUT=1 cargo test -p lesson-20` rewrites it.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

#[test]
fn the_lesson_crawls_the_local_site_politely_and_sums_it_up() {
    let (output, wall) = run_lesson(&[]);

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

    let book_copy =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../book/src/output/lesson-20.txt");
    assert_book_copy_has_the_same_lines(&output, &book_copy);
}

#[test]
fn the_lesson_ignores_the_virtual_clock_flag() {
    let (output, _) = run_lesson(&["--virtual-clock".to_string()]);
    assert!(output.contains("needs the real clock"), "it says why the flag is ignored:\n{output}");
    assert!(output.contains("12 pages, 9 fine, 3 broken"), "{output}");
}

/// Runs the lesson with `arguments`; its output and how long it took.
fn run_lesson(arguments: &[String]) -> (String, Duration) {
    let started = Instant::now();
    let run = Command::new(env!("CARGO_BIN_EXE_lesson-20"))
        .args(arguments)
        .output()
        .expect("could not run the lesson");
    let took = started.elapsed();
    let output = String::from_utf8(run.stdout).expect("the output is UTF-8");
    assert!(
        run.status.success(),
        "the lesson failed:\n{output}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    (output, took)
}

/// The number of seconds printed right after `prefix` (at the start of a
/// line): `crawled in 0.362 s` gives 0.362.
fn seconds_after(output: &str, prefix: &str) -> f64 {
    let line = output.lines().find_map(|line| line.strip_prefix(prefix));
    let line = line.unwrap_or_else(|| panic!("no line starts with {prefix:?}:\n{output}"));
    let number = line.split(' ').next().unwrap_or_default();
    number.parse().unwrap_or_else(|_| panic!("no seconds after {prefix:?} in {line:?}"))
}

/// The book shows one real run. Another run prints the same lines, with
/// other numbers, and its rows in another order.
fn assert_book_copy_has_the_same_lines(output: &str, book_copy: &Path) {
    if std::env::var_os(timeline::lesson::UPDATE_VARIABLE).is_some() {
        std::fs::write(book_copy, output).expect("could not write the book's copy");
        return;
    }
    let committed = std::fs::read_to_string(book_copy).unwrap_or_default();
    let (now, then) = (shape(output), shape(&committed));
    let new: Vec<&String> = now.difference(&then).collect();
    let gone: Vec<&String> = then.difference(&now).collect();
    assert!(
        new.is_empty() && gone.is_empty(),
        "{} is stale: the lesson now prints {new:?}, and no longer {gone:?}. Refresh it with `{}=1 \
         cargo test -p lesson-20`.",
        book_copy.display(),
        timeline::lesson::UPDATE_VARIABLE
    );
}

/// Every line but the timeline's rows and axis, with each number masked
/// and runs of spaces made one.
fn shape(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter(|line| {
            !line.contains('█') && !line.contains('░') && !line.trim_start().starts_with("0s")
        })
        .map(|line| {
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
            masked.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}
