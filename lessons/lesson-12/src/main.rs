//! Lesson 12: the capstone, a concurrent status checker.
//!
//! A status checker asks many servers one short question each: are you
//! there, and what is your status? Nearly all of its time is spent waiting
//! for answers, so checking the URLs one after another costs the sum of the
//! waits, and checking them all at once costs about the longest one. A
//! server that never answers would make even that forever, so each request
//! gets a time limit. A bound on the requests in flight keeps the checker
//! polite, and one shared client reuses its open connections.
//!
//! With no arguments the lesson starts a small HTTP server on 127.0.0.1,
//! with quick, slow, failing and silent endpoints, and checks those. With
//! URLs as arguments it checks them instead:
//! `cargo run -p lesson-12 -- https://www.rust-lang.org http://example.com`.
//!
//! Real sockets answer in real time, so this lesson runs on the real clock
//! only; its numbers vary a little from run to run.

use std::time::Duration;

use futures::future::join_all;
use given::lesson12::TestServer;
use reqwest::Client;
use timeline::lesson::{Clock, VIRTUAL_CLOCK_FLAG, ratio, secs, section, time_and_draw};
use timeline::{Recorder, traced};
use tokio::sync::Semaphore;
use tokio::time::{Instant, sleep, timeout};

/// One unit of the story. 50 ms keeps the whole lesson under 3 seconds.
const UNIT: Duration = Duration::from_millis(50);

/// How long a request to the local server may take: 10 units.
const TIME_LIMIT: Duration = Duration::from_millis(500);

/// How long a request to a URL from the command line may take: servers far
/// away need more than the local one.
const COMMAND_LINE_TIME_LIMIT: Duration = Duration::from_secs(10);

/// Requests in flight at most, in sections 2 and 3 and for URLs from the
/// command line.
const AT_MOST: usize = 8;

const TITLE: &str = "Lesson 12: the capstone, a concurrent status checker";

// ANCHOR: check
/// What checking one URL gave: its status, or why there is none.
struct Checked {
    url: String,
    status: Result<u16, String>,
    took: Duration,
}

/// Asks `url` for its status, giving up after `limit`. Only the status line
/// and headers are read: `send` returns as soon as they are in, and the
/// body is dropped unread.
async fn check(client: &Client, url: &str, limit: Duration) -> Checked {
    let started = Instant::now();
    let status = match timeout(limit, client.get(url).send()).await {
        Ok(Ok(response)) => Ok(response.status().as_u16()),
        Ok(Err(error)) => Err(describe(&error)),
        Err(_elapsed) => Err(format!("no answer within {}", secs(limit))),
    };
    Checked { url: url.to_string(), status, took: started.elapsed() }
}
// ANCHOR_END: check

/// Why a request failed, in a few words, then the innermost cause.
fn describe(error: &reqwest::Error) -> String {
    let what = if error.is_builder() {
        "not a valid URL"
    } else if error.is_connect() {
        "could not connect"
    } else {
        "no answer"
    };
    let mut cause: &dyn std::error::Error = error;
    while let Some(source) = cause.source() {
        cause = source;
    }
    format!("{what}: {cause}")
}

// ANCHOR: check_all
/// Checks every URL at once, never more than `at_most` in flight, with one
/// shared client; the results come back in the order of `urls`.
async fn check_all(
    client: &Client,
    urls: &[String],
    at_most: usize,
    limit: Duration,
) -> Vec<Checked> {
    // Python: sem = asyncio.Semaphore(at_most)
    let semaphore = Semaphore::new(at_most);
    let semaphore = &semaphore;
    join_all(urls.iter().map(|url| async move {
        // Python: async with sem: ...
        let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
        traced(&label(url), check(client, url, limit)).await
    }))
    .await
}
// ANCHOR_END: check_all

async fn one_after_another(client: &Client, urls: &[String]) -> Vec<Checked> {
    let mut results = Vec::new();
    for url in urls {
        results.push(traced(&label(url), check(client, url, TIME_LIMIT)).await);
    }
    results
}

// ANCHOR: client_per_request
/// The mistake: a new client for every request. Each one starts with an
/// empty pool, so every request opens a connection of its own.
async fn client_per_request(urls: &[String], at_most: usize) -> Vec<Checked> {
    let semaphore = Semaphore::new(at_most);
    let semaphore = &semaphore;
    join_all(urls.iter().map(|url| async move {
        let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
        check(&Client::new(), url, TIME_LIMIT).await
    }))
    .await
}
// ANCHOR_END: client_per_request

// ANCHOR: retry
/// Tries `url` up to `attempts` times while the answer may still change
/// (no answer, or a server error), pausing 1 unit, then 2, then 4.
async fn check_with_retry(client: &Client, url: &str, attempts: u32) -> Checked {
    let mut pause = UNIT;
    let mut attempt = 1;
    loop {
        let checked = check(client, url, TIME_LIMIT).await;
        let may_change = match checked.status {
            Ok(status) => (500..600).contains(&status),
            Err(_) => true,
        };
        if !may_change || attempt == attempts {
            return checked;
        }
        // Python: await asyncio.sleep(pause)
        sleep(pause).await;
        pause *= 2;
        attempt += 1;
    }
}
// ANCHOR_END: retry

// ANCHOR: main
fn main() -> anyhow::Result<()> {
    let mut asked_for_virtual_clock = false;
    let mut urls = Vec::new();
    for argument in std::env::args().skip(1) {
        if argument == VIRTUAL_CLOCK_FLAG {
            asked_for_virtual_clock = true;
        } else {
            urls.push(argument);
        }
    }
    // A paused clock jumps ahead whenever the runtime only waits for I/O, so
    // every time limit would fire at once: sockets need the real clock.
    Clock::Real.runtime()?.block_on(async {
        let recorder = Recorder::install();
        println!("{TITLE}");
        if asked_for_virtual_clock {
            println!("This lesson talks to real sockets and needs the real clock: {VIRTUAL_CLOCK_FLAG} is ignored.");
        }
        println!("Clock: real time (real sockets, so no virtual clock); the times vary a little.");
        println!("One unit of time is {} here.", secs(UNIT));
        if urls.is_empty() {
            lesson(recorder).await;
        } else {
            check_command_line(&urls).await;
        }
    });
    Ok(())
}
// ANCHOR_END: main

async fn lesson(recorder: Recorder) {
    let server = TestServer::start();
    let urls = local_urls(&server);
    let client = Client::new();

    section(1, "Thirteen URLs, one after another");
    let (_, in_turn) = time_and_draw(&recorder, one_after_another(&client, &urls)).await;
    println!("one after another: {}, the sum of every wait", secs(in_turn));

    section(2, "All at once, with one shared client and a time limit");
    let (results, at_once) =
        time_and_draw(&recorder, check_all(&client, &urls, AT_MOST, TIME_LIMIT)).await;
    println!();
    print_table(&results);
    let slowest = results.iter().map(|checked| checked.took).max().unwrap_or_default();
    println!(
        "\nall at once: {}; the slowest check took {} (the silent server, cut off at the time \
         limit of {}).",
        secs(at_once),
        secs(slowest),
        secs(TIME_LIMIT)
    );
    println!(
        "one after another took {}: all at once is {} faster.",
        secs(in_turn),
        ratio(in_turn, at_once)
    );

    section(3, "At most 3 in flight, as the server sees it");
    let shared = Client::new();
    let server = TestServer::start();
    let urls: Vec<String> = (0..6).map(|_| server.slow(UNIT * 2)).collect();
    let started = Instant::now();
    check_all(&shared, &urls, 3, TIME_LIMIT).await;
    let took = started.elapsed();
    println!("The server's view, one row per request:");
    print!("{}", server.timeline());
    println!(
        "six requests of 2 units: the server never had more than {} at once, and all six took {} \
         (two waves)",
        server.most_in_flight(),
        secs(took)
    );
    let shared_connections = server.connections();

    section(4, "One client for all, or a new client per request");
    let server = TestServer::start();
    let urls: Vec<String> = (0..6).map(|_| server.slow(UNIT * 2)).collect();
    client_per_request(&urls, 3).await;
    println!("the same six requests, 3 at a time:");
    println!("  one shared client      {shared_connections} connections, each used again");
    println!("  a client per request   {} connections, one per request", server.connections());

    section(5, "Trying again: a server that fails twice, then answers");
    let server = TestServer::start();
    let url = server.flaky(2);
    let started = Instant::now();
    let checked = check_with_retry(&client, &url, 4).await;
    let took = started.elapsed();
    println!("The server's view:");
    print!("{}", server.timeline());
    println!(
        "{} requests, status {}, after {}: pauses of 1 and 2 units between the tries",
        server.requests_to(&url),
        status_text(&checked),
        secs(took)
    );
}

/// Thirteen URLs of the local server: quick, slow, failing, silent, and two
/// that reach no server at all.
fn local_urls(server: &TestServer) -> Vec<String> {
    vec![
        server.ok(),
        server.status(404),
        server.slow(UNIT * 2),
        server.status(500),
        server.silent(),
        server.slow(UNIT * 4),
        server.hang_up(),
        server.unreachable(),
        server.malformed(),
        server.endless_body(),
        server.slow(UNIT * 6),
        server.status(503),
        server.ok(),
    ]
}

async fn check_command_line(urls: &[String]) {
    section(1, &format!("Checking {} URLs, at most {AT_MOST} at once", urls.len()));
    let client = match Client::builder().build() {
        Ok(client) => client,
        Err(error) => {
            println!("could not set up the HTTP client: {error}");
            return;
        }
    };
    let started = Instant::now();
    let results = check_all(&client, urls, AT_MOST, COMMAND_LINE_TIME_LIMIT).await;
    let took = started.elapsed();
    print_table(&results);
    let sum: Duration = results.iter().map(|checked| checked.took).sum();
    println!("\nall checked in {}; one after another would be about {}.", secs(took), secs(sum));
}

/// One row per URL: status (0 for none), time, URL, and why there is no
/// status when there is none.
fn print_table(results: &[Checked]) {
    println!("status  time     URL");
    for checked in results {
        let (status, why) = match &checked.status {
            Ok(status) => (*status, String::new()),
            Err(why) => (0, format!("  ({why})")),
        };
        println!("{status:>6}  {}  {}{why}", secs(checked.took), checked.url);
    }
}

fn status_text(checked: &Checked) -> String {
    match &checked.status {
        Ok(status) => status.to_string(),
        Err(why) => format!("0 ({why})"),
    }
}

/// The timeline's row for `url`: its path, when it is on 127.0.0.1.
fn label(url: &str) -> String {
    let path =
        url.strip_prefix("http://127.0.0.1:").and_then(|rest| rest.find('/').map(|at| &rest[at..]));
    path.unwrap_or(url).to_string()
}
