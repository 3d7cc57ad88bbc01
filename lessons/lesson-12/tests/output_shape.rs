//! This lesson talks to real sockets, so it runs on the real clock only and
//! its output is never the same twice: times, and the server's port, vary.
//! These tests run the program and check the shape of what it prints: a row
//! for every URL with the status it should have, and a batch that takes
//! about its slowest request, not the sum. The book's copy
//! (`book/src/output/lesson-12.txt`) is checked loosely, with times and
//! ports masked; `UPDATE_BOOK_OUTPUT=1 cargo test -p lesson-12` rewrites it.

use std::time::Duration;

use given::lesson12::TestServer;
use timeline::lesson::{assert_book_copy_has_the_same_shape, run_to_the_end, seconds_after};

const LESSON: &str = env!("CARGO_BIN_EXE_lesson-12");

/// The local URLs of sections 1 and 2, in order, with the status each
/// should get (0: no status) and, for those, the start of the reason given.
const LOCAL_ROWS: [(u16, &str, &str); 13] = [
    (200, "/ok", ""),
    (404, "/status/404", ""),
    (200, "/slow/100ms", ""),
    (500, "/status/500", ""),
    (0, "/silent", "no answer within"),
    (200, "/slow/200ms", ""),
    (0, "/hang-up", "no answer"),
    (0, "/nobody-listens", "could not connect"),
    (0, "http//127.0.0.1/missing-colon", "not a valid URL"),
    (200, "/endless-body", ""),
    (200, "/slow/300ms", ""),
    (503, "/status/503", ""),
    (200, "/ok", ""),
];

#[test]
fn the_lesson_checks_every_url_at_once_in_about_the_time_of_the_slowest() {
    let (output, wall) = run_to_the_end(LESSON, &[]);

    let rows = table_rows(&output);
    assert_eq!(rows.len(), LOCAL_ROWS.len(), "one row per URL:\n{output}");
    for (row, (status, path, why)) in rows.iter().zip(LOCAL_ROWS) {
        assert!(row.url.ends_with(path), "rows in the order checked: {row:?}, not {path}");
        assert_eq!(row.status, status, "the status of {}:\n{output}", row.url);
        assert!(row.why.starts_with(why), "{}: {:?} should start with {why:?}", row.url, row.why);
    }

    let in_turn = seconds_after(&output, "one after another: ");
    let at_once = seconds_after(&output, "all at once: ");
    assert!(
        (0.5..1.5).contains(&at_once),
        "all at once takes about the time limit of the silent server, 0.5 s: {at_once} s\n{output}"
    );
    assert!(
        at_once < in_turn * 0.7,
        "all at once ({at_once} s) must take well under one after another ({in_turn} s)\n{output}"
    );
    assert!(output.contains("never had more than 3 at once"), "{output}");
    assert!(output.contains("one shared client      3 connections"), "{output}");
    assert!(output.contains("a client per request   6 connections"), "{output}");
    assert!(output.contains("3 requests, status 200"), "{output}");
    assert!(wall < Duration::from_secs(8), "the lesson took {wall:?}; it should take about 2 s");

    assert_book_copy_has_the_same_shape(&output, env!("CARGO_MANIFEST_DIR"));
}

#[test]
fn the_lesson_checks_the_urls_it_is_given_and_ignores_the_virtual_clock_flag() {
    let server = TestServer::start();
    let tls_to_a_plain_server = server.ok().replacen("http://", "https://", 1);
    let urls = [
        server.ok(),
        server.status(404),
        server.malformed(),
        server.unreachable(),
        tls_to_a_plain_server,
    ];
    let mut arguments = vec!["--virtual-clock"];
    arguments.extend(urls.iter().map(String::as_str));
    let (output, _) = run_to_the_end(LESSON, &arguments);

    assert!(output.contains("needs the real clock"), "it says why the flag is ignored:\n{output}");
    let rows = table_rows(&output);
    let got: Vec<(u16, &str)> = rows.iter().map(|row| (row.status, row.url.as_str())).collect();
    let expected: Vec<(u16, &str)> =
        [200, 404, 0, 0, 0].into_iter().zip(urls.iter().map(String::as_str)).collect();
    assert_eq!(got, expected, "one row per URL, in the order given:\n{output}");
    assert!(rows[2].why.starts_with("not a valid URL"), "{output}");
    assert!(rows[3].why.starts_with("could not connect"), "{output}");
    // TLS is built in: the client tries a handshake, which a plain HTTP
    // server cannot answer. Without TLS the URL would be refused unsent.
    assert!(rows[4].why.starts_with("could not connect"), "{output}");
}

/// One row of a status table: `   404  0.002 s  http://...  (why)`.
#[derive(Debug)]
struct Row {
    status: u16,
    url: String,
    why: String,
}

fn table_rows(output: &str) -> Vec<Row> {
    let table = output.lines().skip_while(|line| !line.starts_with("status  time"));
    table.skip(1).take_while(|line| !line.trim().is_empty()).map(row).collect()
}

fn row(line: &str) -> Row {
    // status, seconds, "s", URL, then the reason in parentheses, if any.
    let fields: Vec<&str> = line.split_whitespace().collect();
    let status = fields.first().and_then(|status| status.parse().ok());
    let (Some(status), Some(url)) = (status, fields.get(3)) else {
        panic!("not a row of the table: {line:?}");
    };
    let why = line.split_once("  (").map_or("", |(_, why)| why.trim_end_matches(')'));
    Row { status, url: url.to_string(), why: why.to_string() }
}
