//! Lesson 12: the capstone, a concurrent status checker.
//!
//! These tests send real HTTP requests over real sockets to a `TestServer`
//! on 127.0.0.1 (each test has its own), so they run on the real clock: a
//! unit is 100 ms of real time (`UNIT`), and every timing check is a range,
//! wide enough for a busy machine. None of them can hang: the harness stops
//! code that is still waiting after a few seconds and reports it as hung.
//!
//! The server also watches from its side: how many requests it received, how
//! many it worked on at once, and how many connections were opened. A
//! failing timing check draws its timeline: one row per request, as the
//! server saw it.

use std::time::Duration;

use timeline::grade::{Grader, timed};

use crate::exercise::lesson12::{
    Client, TestServer, UNIT, check_all, fetch_status, fetch_with_retry,
};

/// Real sockets need real time: the paused clock would fire every time limit
/// at once.
fn grader() -> Grader {
    Grader::new().real_clock()
}

/// `took` is at least `low` units and less than `high` units; `why` says
/// what the range stands for.
#[track_caller]
fn assert_between(took: Duration, low: u32, high: u32, why: &str, server: &TestServer) {
    assert!(
        took >= UNIT * low && took < UNIT * high,
        "\n\n{why}\nExpected between {low} and {high} units ({:?} to {:?}); it took {took:.2?}.\n\
         The server saw these requests:\n\n{}",
        UNIT * low,
        UNIT * high,
        server.timeline()
    );
}

/// `(status, url)` for each pair: what a checker should report.
fn expect(pairs: &[(u16, &String)]) -> Vec<(u16, String)> {
    pairs.iter().map(|(status, url)| (*status, url.to_string())).collect()
}

#[test]
fn fetch_status_gives_the_status_of_every_answer_errors_included() {
    let server = TestServer::start();
    let urls = [server.ok(), server.status(404), server.status(503), server.slow(UNIT * 2)];
    let asked = urls.clone();
    let run = grader().run(move || async move {
        let client = Client::new();
        let mut results = Vec::new();
        for url in &asked {
            results.push(fetch_status(&client, url).await);
        }
        results
    });

    assert_eq!(
        run.value,
        expect(&[(200, &urls[0]), (404, &urls[1]), (503, &urls[2]), (200, &urls[3])]),
        "a 404 or a 503 is an answer with a status, not a failure; a slow answer within the \
         time limit is an answer too"
    );
}

#[test]
fn fetch_status_gives_0_at_once_when_there_is_no_answer() {
    let server = TestServer::start();
    let urls = [server.unreachable(), server.hang_up(), server.malformed()];
    let asked = urls.clone();
    let run = grader().run(move || async move {
        let client = Client::new();
        let mut results = Vec::new();
        for url in &asked {
            results.push(fetch_status(&client, url).await);
        }
        results
    });

    assert_eq!(
        run.value,
        expect(&[(0, &urls[0]), (0, &urls[1]), (0, &urls[2])]),
        "nothing listens, the server hangs up, and the URL is not a URL: no status, so 0 \
         (and no panic)"
    );
    assert_between(run.elapsed, 0, 5, "Each of these fails at once.", &server);
}

#[test]
fn fetch_status_gives_0_after_10_units_when_the_server_never_answers() {
    let server = TestServer::start();
    let url = server.silent();
    let asked = url.clone();
    let run = grader().run(move || async move { fetch_status(&Client::new(), &asked).await });

    assert_eq!(run.value, (0, url), "no answer within the time limit gives 0");
    assert_between(
        run.elapsed,
        10,
        20,
        "The time limit is 10 units (TIME_LIMIT): not less, and not much more.",
        &server,
    );
}

#[test]
fn fetch_status_reads_the_status_without_waiting_for_the_body() {
    let server = TestServer::start();
    let url = server.endless_body();
    let asked = url.clone();
    let run = grader().run(move || async move { fetch_status(&Client::new(), &asked).await });

    assert_eq!(
        run.value,
        (200, url),
        "the status arrives at once; reading the body (text(), bytes()) waits for a body that \
         never ends"
    );
    assert_between(run.elapsed, 0, 5, "The status line comes first: no need to wait.", &server);
}

#[test]
fn check_all_checks_every_url_at_once_and_keeps_their_order() {
    let server = TestServer::start();
    let urls = vec![
        server.slow(UNIT * 4),
        server.ok(),
        server.status(404),
        server.unreachable(),
        server.slow(UNIT * 3),
        server.malformed(),
        server.status(500),
        server.hang_up(),
        server.slow(UNIT * 2),
        server.status(503),
        server.slow(UNIT),
        server.ok(),
    ];
    let expected = expect(&[
        (200, &urls[0]),
        (200, &urls[1]),
        (404, &urls[2]),
        (0, &urls[3]),
        (200, &urls[4]),
        (0, &urls[5]),
        (500, &urls[6]),
        (0, &urls[7]),
        (200, &urls[8]),
        (503, &urls[9]),
        (200, &urls[10]),
        (200, &urls[11]),
    ]);
    let run = grader().run(move || check_all(urls, 20));

    assert_eq!(run.value, expected, "one result per URL, in the order given");
    assert_between(
        run.elapsed,
        4,
        7,
        "The slowest URL answers after 4 units; one after another would take 10.",
        &server,
    );
    assert!(
        server.most_in_flight() >= 4,
        "the four slow requests should have been in flight together; the server saw at most {} \
         at once:\n\n{}",
        server.most_in_flight(),
        server.timeline()
    );
}

#[test]
fn check_all_gives_up_on_silent_servers_and_keeps_every_other_result() {
    let server = TestServer::start();
    let urls = vec![server.silent(), server.slow(UNIT * 3), server.ok(), server.silent()];
    let expected = expect(&[(0, &urls[0]), (200, &urls[1]), (200, &urls[2]), (0, &urls[3])]);
    let run = grader().run(move || check_all(urls, 4));

    assert_eq!(
        run.value, expected,
        "each request has its own time limit: the silent ones give 0, the others their status"
    );
    assert_between(
        run.elapsed,
        10,
        18,
        "Both silent servers time out together, after 10 units; one after the other would take 20.",
        &server,
    );
}

#[test]
fn check_all_keeps_at_most_n_requests_in_flight() {
    let server = TestServer::start();
    let urls: Vec<String> = (0..9).map(|_| server.slow(UNIT * 2)).collect();
    let expected: Vec<(u16, String)> = urls.iter().map(|url| (200, url.clone())).collect();
    let run = grader().run(move || check_all(urls, 3));

    assert_eq!(run.value, expected);
    assert_eq!(
        server.most_in_flight(),
        3,
        "with at_most 3 the server must see 3 requests at once, never more:\n\n{}",
        server.timeline()
    );
    assert_between(
        run.elapsed,
        6,
        11,
        "Nine requests of 2 units, 3 at a time, come in three waves: 6 units (one at a time: 18).",
        &server,
    );
}

#[test]
fn check_all_shares_one_client_and_reuses_its_connections() {
    let server = TestServer::start();
    let urls: Vec<String> = (0..9).map(|_| server.slow(UNIT)).collect();
    let run = grader().run(move || check_all(urls, 3));

    assert_eq!(run.value.len(), 9);
    assert!(
        server.connections() <= 3,
        "nine requests, 3 at a time, with one shared client need 3 connections, reused; the \
         server saw {}. A new client per request opens a connection every time (and so do more \
         than 3 requests at once).",
        server.connections()
    );
}

#[test]
fn fetch_with_retry_tries_again_after_server_errors_until_one_succeeds() {
    let server = TestServer::start();
    let url = server.flaky(2);
    let asked = url.clone();
    let run =
        grader().run(move || async move { fetch_with_retry(&Client::new(), &asked, 5).await });

    assert_eq!(run.value, (200, url.clone()), "503, 503, then 200");
    assert_eq!(server.requests_to(&url), 3, "two failures and a success: 3 requests");
    assert_between(
        run.elapsed,
        3,
        7,
        "Two pauses before the third try: 1 unit, then twice that, 2 units.",
        &server,
    );
}

#[test]
fn fetch_with_retry_asks_once_when_the_answer_is_final() {
    let server = TestServer::start();
    let (ok, missing) = (server.ok(), server.status(404));
    let asked = (ok.clone(), missing.clone());
    let run = grader().run(move || async move {
        let client = Client::new();
        (fetch_with_retry(&client, &asked.0, 3).await, fetch_with_retry(&client, &asked.1, 3).await)
    });

    assert_eq!(run.value, ((200, ok.clone()), (404, missing.clone())));
    assert_eq!(server.requests_to(&ok), 1, "a 200 is final: one request");
    assert_eq!(server.requests_to(&missing), 1, "a 404 will not change: one request");
    assert_between(run.elapsed, 0, 5, "Final answers need no pause.", &server);
}

#[test]
fn fetch_with_retry_gives_up_after_the_last_attempt() {
    let server = TestServer::start();
    let (dropped, down) = (server.hang_up(), server.status(503));
    let asked = (dropped.clone(), down.clone());
    let run = grader().run(move || async move {
        let client = Client::new();
        let dropped = timed(fetch_with_retry(&client, &asked.0, 3)).await;
        let down = fetch_with_retry(&client, &asked.1, 2).await;
        (dropped, down)
    });

    let ((dropped_result, dropped_took), down_result) = &run.value;
    assert_eq!(*dropped_result, (0, dropped.clone()), "every try dropped: 0");
    assert_eq!(server.requests_to(&dropped), 3, "3 attempts: 3 requests, no more");
    assert_eq!(*down_result, (503, down.clone()), "the last answer, a 503");
    assert_eq!(server.requests_to(&down), 2, "2 attempts: 2 requests, no more");
    assert_between(
        *dropped_took,
        3,
        7,
        "Three tries that fail at once, with pauses of 1 and 2 units between them.",
        &server,
    );
}
