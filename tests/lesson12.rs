//! Lesson 12: the capstone, a concurrent status checker.
//!
//! These tests send real HTTP requests over real sockets to a `TestServer`
//! on 127.0.0.1 (each test has its own), so they run on the real clock: a
//! unit is 100 ms of real time (`UNIT`), and every timing check is a range:
//! from the time the work must take at least, up to the least time a wrong
//! answer (a doubled pause, one request after another) must take, so that
//! a busy machine never fails correct code and never passes a wrong one.
//! None of them can hang: the harness stops code that is still waiting
//! after a few seconds and reports it as hung.
//!
//! The server also watches from its side: how many requests it received, how
//! many it worked on at once, and how many connections were opened. A
//! failing timing check draws its timeline: one row per request, as the
//! server saw it.
//!
//! Every status from 200 to 599 is tried, 32 at a time, by one test each for
//! `fetch_status` and `fetch_with_retry`; a scenario test compares
//! `fetch_with_retry` with the reference solution on a few generated
//! endpoints and numbers of attempts (few: each costs real time).

use std::time::Duration;

use futures::StreamExt;
use timeline::grade::{Gen, Grader, Run, scenarios, timed};

use crate::exercise::{Client, TestServer, UNIT, check_all, fetch_status, fetch_with_retry};
use crate::reference;

/// Real sockets need real time: the paused clock would fire every time limit
/// at once.
fn grader() -> Grader {
    Grader::new().real_clock()
}

/// `took` is at least `low` units and less than `high` units; `why` says
/// what the range stands for.
#[track_caller]
fn assert_between<T>(
    run: &Run<T>,
    took: Duration,
    (low, high): (f64, f64),
    why: &str,
    server: &TestServer,
) {
    let (low, high) = (UNIT.mul_f64(low), UNIT.mul_f64(high));
    run.assert_that(
        took >= low && took < high,
        &format!(
            "{why} Expected between {low:?} and {high:?}; it took {took:.2?}.\n\
             The server saw these requests:\n\n{}",
            server.timeline()
        ),
    );
}

/// `(status, url)` for each pair: what a checker should report.
fn expect(pairs: &[(u16, &String)]) -> Vec<(u16, String)> {
    pairs.iter().map(|(status, url)| (*status, url.to_string())).collect()
}

/// Checks every URL in turn with [`fetch_status`] and one client.
async fn fetch_each(urls: Vec<String>) -> Vec<(u16, String)> {
    let client = Client::new();
    let mut results = Vec::new();
    for url in &urls {
        results.push(fetch_status(&client, url).await);
    }
    results
}

#[test]
fn fetch_status_gives_the_status_of_every_answer_errors_included() {
    let server = TestServer::start();
    let urls = vec![
        server.ok(),
        server.status(404),
        server.status(503),
        server.status(500),
        server.slow(UNIT * 2),
    ];
    let expected = expect(&[
        (200, &urls[0]),
        (404, &urls[1]),
        (503, &urls[2]),
        (500, &urls[3]),
        (200, &urls[4]),
    ]);
    let run = grader().run(move || fetch_each(urls));

    run.assert_value(
        expected,
        "a 404, a 503 or a 500 is an answer with a status, not a failure; a slow answer within \
         the time limit is an answer too",
    );
}

#[test]
fn fetch_status_gives_every_status_from_200_to_599_as_it_came() {
    let server = TestServer::start();
    let urls = every_status(&server);
    let asked = urls.clone();
    let run = grader().run(move || async move {
        let client = Client::new();
        a_few_at_a_time(asked.iter().map(|url| fetch_status(&client, url))).await
    });

    let wrong: Vec<String> = STATUSES
        .zip(&urls)
        .zip(&run.value)
        .filter(|((code, url), result)| **result != (*code, url.to_string()))
        .map(|((code, _), (status, _))| format!("{code} gave {status}"))
        .collect();
    run.assert_that(
        wrong.is_empty(),
        &format!(
            "every status is an answer, given as it came, with the URL asked for; of the 400 \
             statuses from 200 to 599, these were not: {}",
            wrong.join(", ")
        ),
    );
}

#[test]
fn fetch_status_returns_the_url_exactly_as_it_was_given() {
    let server = TestServer::start();
    // The server's root without a slash, and a scheme in capitals: the URL
    // of the answer is written "http://…/", but the result holds the URL
    // that was asked for.
    let urls = vec![server.base().to_string(), server.ok().replacen("http", "HTTP", 1)];
    let expected = expect(&[(404, &urls[0]), (200, &urls[1])]);
    let run = grader().run(move || fetch_each(urls));

    run.assert_value(expected, "each status with the URL exactly as it was given");
}

#[test]
fn fetch_status_uses_the_client_it_is_given_and_its_open_connection() {
    let server = TestServer::start();
    let urls = vec![server.ok(), server.status(404), server.ok(), server.status(503)];
    let run = grader().run(move || fetch_each(urls));

    run.assert_eq(
        server.connections(),
        1,
        "how many connections the server saw for four requests in turn with one client: the \
         client keeps its connection open and reuses it; a connection per request means \
         fetch_status made a client of its own instead of using the one it was given",
    );
}

#[test]
fn fetch_status_gives_0_at_once_when_there_is_no_answer() {
    let server = TestServer::start();
    let urls = vec![server.unreachable(), server.hang_up(), server.malformed()];
    let expected = expect(&[(0, &urls[0]), (0, &urls[1]), (0, &urls[2])]);
    let run = grader().run(move || fetch_each(urls));

    run.assert_value(
        expected,
        "nothing listens, the server hangs up, and the URL is not a URL: no status, so 0 (and \
         no panic)",
    );
    assert_between(&run, run.elapsed, (0.0, 5.0), "Each of these fails at once.", &server);
}

#[test]
fn fetch_status_gives_0_after_10_units_when_the_server_never_answers() {
    let server = TestServer::start();
    let url = server.silent();
    let asked = url.clone();
    let run = grader().run(move || async move { fetch_status(&Client::new(), &asked).await });

    run.assert_value((0, url), "no answer within the time limit gives 0");
    assert_between(
        &run,
        run.elapsed,
        (10.0, 15.0),
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

    run.assert_value(
        (200, url),
        "the status arrives at once; reading the body (text(), bytes()) waits for a body that \
         never ends",
    );
    assert_between(
        &run,
        run.elapsed,
        (0.0, 5.0),
        "The status line comes first: no need to wait for the time limit (10 units).",
        &server,
    );
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

    run.assert_value(expected, "one result per URL, in the order given");
    assert_between(
        &run,
        run.elapsed,
        (4.0, 8.0),
        "The slowest URL answers after 4 units; one after another would take 10.",
        &server,
    );
    run.assert_that(
        server.most_in_flight() >= 4,
        &format!(
            "the four slow requests should have been in flight together; the server saw at \
             most {} at once:\n\n{}",
            server.most_in_flight(),
            server.timeline()
        ),
    );
}

#[test]
fn check_all_gives_up_on_silent_servers_and_keeps_every_other_result() {
    let server = TestServer::start();
    let urls = vec![server.silent(), server.slow(UNIT * 3), server.ok(), server.silent()];
    let expected = expect(&[(0, &urls[0]), (200, &urls[1]), (200, &urls[2]), (0, &urls[3])]);
    let run = grader().run(move || check_all(urls, 4));

    run.assert_value(
        expected,
        "each request has its own time limit: the silent ones give 0, the others their status",
    );
    assert_between(
        &run,
        run.elapsed,
        (10.0, 15.0),
        "Both silent servers time out together, after 10 units; one after the other would \
         take 20.",
        &server,
    );
}

#[test]
fn check_all_gives_each_request_its_whole_time_limit_once_it_is_sent() {
    let server = TestServer::start();
    // One at a time: the second waits 6 units for its turn and then takes 5,
    // so it is answered 11 units after the start, within its own limit.
    let urls = vec![server.slow(UNIT * 6), server.slow(UNIT * 5)];
    let expected = expect(&[(200, &urls[0]), (200, &urls[1])]);
    let run = grader().run(move || check_all(urls, 1));

    run.assert_value(
        expected,
        "both answers: the time limit counts from when a request is sent, not from when it \
         began to wait for its turn",
    );
}

#[test]
fn check_all_keeps_at_most_n_requests_in_flight() {
    let server = TestServer::start();
    let urls: Vec<String> = (0..9).map(|_| server.slow(UNIT * 2)).collect();
    let expected: Vec<(u16, String)> = urls.iter().map(|url| (200, url.clone())).collect();
    let run = grader().run(move || check_all(urls, 3));

    run.assert_value(expected, "every URL answers 200, in the order given");
    run.assert_eq(
        server.most_in_flight(),
        3,
        &format!(
            "the most requests the server saw at once: with at_most 3 it must see 3 requests at \
             once, never more\n\n{}",
            server.timeline()
        ),
    );
    assert_between(
        &run,
        run.elapsed,
        (6.0, 14.0),
        "Nine requests of 2 units, 3 at a time, come in three waves: 6 units (one at a time: \
         18).",
        &server,
    );
}

#[test]
fn check_all_starts_a_request_as_soon_as_another_ends() {
    let server = TestServer::start();
    // The slow one first: with 2 in flight, the four quick ones take turns
    // in the second place while the slow one runs. In waves of 2 (the slow
    // one and a quick one, then two quick ones, then the last) the quick
    // ones would wait for the slow one, and the batch would take 10 units.
    let slow = server.slow(UNIT * 8);
    let quick = server.slow(UNIT);
    let urls = vec![slow.clone(), quick.clone(), quick.clone(), quick.clone(), quick.clone()];
    let expected: Vec<(u16, String)> = urls.iter().map(|url| (200, url.clone())).collect();
    let run = grader().run(move || check_all(urls, 2));

    run.assert_value(expected, "every URL answers 200, in the order given");
    run.assert_eq(server.most_in_flight(), 2, "the most requests the server saw at once");
    let seen = server.timeline();
    let path = |url: &str| url.strip_prefix(server.base()).unwrap_or(url).to_string();
    let slow_end = seen.span(&path(&slow)).map(|row| row.end).unwrap_or_default();
    let quick_ends: Vec<Duration> =
        seen.spans().iter().filter(|row| row.label == path(&quick)).map(|row| row.end).collect();
    run.assert_that(
        quick_ends.len() == 4 && quick_ends.iter().all(|end| *end < slow_end),
        &format!(
            "a new request should start as soon as one of the 2 requests in flight ends: the \
             four quick ones (1 unit each) one after another beside the slow one (8 units), \
             all done before it. The server saw:\n\n{seen}"
        ),
    );
    assert_between(
        &run,
        run.elapsed,
        (8.0, 11.0),
        "The slow URL takes 8 units and the quick ones fit beside it.",
        &server,
    );
}

#[test]
fn check_all_shares_one_client_and_reuses_its_connections() {
    let server = TestServer::start();
    let urls: Vec<String> = (0..9).map(|_| server.slow(UNIT)).collect();
    let run = grader().run(move || check_all(urls, 3));

    run.assert_eq(run.value.len(), 9, "how many results: one per URL");
    run.assert_that(
        server.connections() <= 3,
        &format!(
            "nine requests, 3 at a time, with one shared client need 3 connections, reused; the \
             server saw {} connections. A new client per request opens a connection every time \
             (and so do more than 3 requests at once). If fetch_status's test on connections \
             fails too, fix fetch_status first",
            server.connections()
        ),
    );
}

#[test]
fn fetch_with_retry_tries_again_after_server_errors_until_one_succeeds() {
    let server = TestServer::start();
    let url = server.flaky(3);
    let asked = url.clone();
    let run = grader().run(move || async move {
        let client = Client::new();
        timed(fetch_with_retry(&client, &asked, 5)).await
    });

    let (result, took) = &run.value;
    run.assert_eq(result.clone(), (200, url.clone()), "the result: 503, 503, 503, then 200");
    run.assert_eq(
        server.requests_to(&url),
        4,
        "how many requests the server got: three failures and a success",
    );
    assert_between(
        &run,
        *took,
        (7.0, 14.0),
        "Three pauses before the fourth try: pauses of 1, 2 and 4 units, 7 in all (the first \
         is FIRST_RETRY_PAUSE, each later one twice the one before).",
        &server,
    );
}

#[test]
fn fetch_with_retry_tries_again_after_any_server_error() {
    let server = TestServer::start();
    let urls = [server.status(500), server.status(502), server.status(599)];
    let asked = urls.clone();
    let run = grader().run(move || async move {
        let client = Client::new();
        let mut results = Vec::new();
        for url in &asked {
            results.push(fetch_with_retry(&client, url, 2).await);
        }
        results
    });

    run.assert_value(
        expect(&[(500, &urls[0]), (502, &urls[1]), (599, &urls[2])]),
        "the last answer of each, a server error",
    );
    for url in &urls {
        run.assert_eq(
            server.requests_to(url),
            2,
            &format!(
                "how many requests {url} got with 2 attempts: a server error (500 to 599) may \
                 go away, so it is tried again"
            ),
        );
    }
}

#[test]
fn fetch_with_retry_tries_again_after_every_server_error_and_after_nothing_else() {
    let server = TestServer::start();
    let urls = every_status(&server);
    let asked = urls.clone();
    let run = grader().run(move || async move {
        let client = Client::new();
        a_few_at_a_time(asked.iter().map(|url| fetch_with_retry(&client, url, 2))).await
    });

    let wrong: Vec<String> = STATUSES
        .zip(&urls)
        .zip(&run.value)
        .filter_map(|((code, url), result)| {
            let requests = server.requests_to(url);
            let expected = if (500..=599).contains(&code) { 2 } else { 1 };
            let right = *result == (code, url.to_string()) && requests == expected;
            (!right).then(|| format!("{code}: {requests} request(s), gave {}", result.0))
        })
        .collect();
    run.assert_that(
        wrong.is_empty(),
        &format!(
            "with 2 attempts, a server error (500 to 599) is asked for twice and every other \
             status once, and the result is the last status that came; of the 400 statuses \
             from 200 to 599, these were not: {}",
            wrong.join(", ")
        ),
    );
}

#[test]
fn fetch_with_retry_asks_once_when_the_answer_is_final() {
    let server = TestServer::start();
    let urls = [server.ok(), server.status(404), server.status(400), server.status(499)];
    let asked = urls.clone();
    let run = grader().run(move || async move {
        let client = Client::new();
        let mut results = Vec::new();
        for url in &asked {
            results.push(fetch_with_retry(&client, url, 3).await);
        }
        results
    });

    run.assert_value(
        expect(&[(200, &urls[0]), (404, &urls[1]), (400, &urls[2]), (499, &urls[3])]),
        "each status as it came",
    );
    for url in &urls {
        run.assert_eq(
            server.requests_to(url),
            1,
            &format!(
                "how many requests {url} got: a success, or a client error (400 to 499), will \
                 not change on another try, so it is asked for once"
            ),
        );
    }
    assert_between(&run, run.elapsed, (0.0, 5.0), "Final answers need no pause.", &server);
}

#[test]
fn fetch_with_retry_makes_one_try_when_attempts_is_0_or_1() {
    let server = TestServer::start();
    let (none, one) = (server.status(503), server.status(502));
    let asked = (none.clone(), one.clone());
    let run = grader().run(move || async move {
        let client = Client::new();
        (fetch_with_retry(&client, &asked.0, 0).await, fetch_with_retry(&client, &asked.1, 1).await)
    });

    run.assert_value(
        ((503, none.clone()), (502, one.clone())),
        "the answer of the one try: with attempts 0 too, there is at least one try",
    );
    run.assert_eq(
        (server.requests_to(&none), server.requests_to(&one)),
        (1, 1),
        "how many requests with attempts 0 and with attempts 1: at least one try, and no more",
    );
    assert_between(&run, run.elapsed, (0.0, 5.0), "One try each, and no pause.", &server);
}

#[test]
fn fetch_with_retry_gives_up_after_the_last_attempt() {
    let server = TestServer::start();
    let (dropped, down) = (server.hang_up(), server.status(503));
    let asked = (dropped.clone(), down.clone());
    let run = grader().run(move || async move {
        let client = Client::new();
        let dropped = timed(fetch_with_retry(&client, &asked.0, 4)).await;
        let down = fetch_with_retry(&client, &asked.1, 2).await;
        (dropped, down)
    });

    let ((dropped_result, dropped_took), down_result) = &run.value;
    run.assert_eq(dropped_result.clone(), (0, dropped.clone()), "the result: every try dropped, 0");
    run.assert_eq(server.requests_to(&dropped), 4, "how many requests with 4 attempts: 4, no more");
    run.assert_eq(down_result.clone(), (503, down.clone()), "the result: the last answer, a 503");
    run.assert_eq(server.requests_to(&down), 2, "how many requests with 2 attempts: 2, no more");
    assert_between(
        &run,
        *dropped_took,
        (7.0, 14.0),
        "Four tries that fail at once, with pauses of 1, 2 and 4 units between them, and no \
         pause after the last.",
        &server,
    );
}

// A scenario test: a few generated endpoints (a status from anywhere in the
// range, a server that fails a few times, a dropped connection, nothing
// listening) and numbers of attempts from 0 to 2, each tried by your
// function and by the reference solution against a server of its own.

#[test]
fn fetch_with_retry_matches_the_reference_on_generated_endpoints() {
    scenarios().count(4).grader(grader()).compare_by(
        |g| (generated_endpoint(g), g.below(3) as u32),
        |(endpoint, attempts)| against_a_server_of_its_own(endpoint, attempts, fetch_with_retry),
        |(endpoint, attempts)| {
            against_a_server_of_its_own(endpoint, attempts, reference::fetch_with_retry)
        },
        |run| run.value,
    );
}

/// Every status a test server can answer, from 200 to 599.
const STATUSES: std::ops::RangeInclusive<u16> = 200..=599;

/// Runs `checks` at most 32 at a time and returns their results in order:
/// hundreds of connections opened at once may be refused by a loaded
/// machine, which would read as a status of 0.
async fn a_few_at_a_time<Check: Future>(checks: impl Iterator<Item = Check>) -> Vec<Check::Output> {
    futures::stream::iter(checks).buffered(32).collect().await
}

/// The URL of each of [`STATUSES`] on `server`, in order.
fn every_status(server: &TestServer) -> Vec<String> {
    STATUSES.map(|code| server.status(code)).collect()
}

/// An endpoint of a test server that a scenario names before the server
/// exists (each run starts a server of its own).
#[derive(Clone, Copy, Debug)]
enum Endpoint {
    Status(u16),
    Flaky(usize),
    HangUp,
    Unreachable,
}

impl Endpoint {
    fn url(self, server: &TestServer) -> String {
        match self {
            Endpoint::Status(code) => server.status(code),
            Endpoint::Flaky(failures) => server.flaky(failures),
            Endpoint::HangUp => server.hang_up(),
            Endpoint::Unreachable => server.unreachable(),
        }
    }
}

/// A status from anywhere in the range, often one near a boundary (399,
/// 499, 599) or one a retry policy might single out (408, 429); or a server
/// that fails 0 to 2 times; or no answer at all.
fn generated_endpoint(g: &mut Gen) -> Endpoint {
    match g.below(8) {
        0..=2 => Endpoint::Status(g.between(200, 599) as u16),
        3 | 4 => Endpoint::Status(g.pick(&[204, 301, 399, 408, 429, 499, 500, 599])),
        5 => Endpoint::Flaky(g.below(3) as usize),
        6 => Endpoint::HangUp,
        _ => Endpoint::Unreachable,
    }
}

/// Starts a server, asks `retry` for the endpoint's URL with a new client,
/// and returns the status, whether the URL came back as given, and how many
/// requests the server got.
async fn against_a_server_of_its_own(
    endpoint: Endpoint,
    attempts: u32,
    retry: impl AsyncFn(&Client, &str, u32) -> (u16, String),
) -> (u16, bool, usize) {
    let server = TestServer::start();
    let url = endpoint.url(&server);
    let (status, answered) = retry(&Client::new(), &url, attempts).await;
    (status, answered == url, server.requests_to(&url))
}
