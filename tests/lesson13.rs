//! Lesson 13: errors across tasks, with anyhow.
//!
//! An error is graded on two things: its chain, the messages from the
//! outside in (what `{:#}` prints on one line), and its kind, what
//! `downcast_ref` finds at the bottom. An `Err` with the right words but the
//! original error lost, or the right error without the words that say where
//! it happened, both fail.

use std::time::Duration;

use timeline::grade::{Gen, Grader, finished, grade, scenarios, units};
use tokio::task::JoinError;

use crate::exercise::{
    Ending, FetchError, FlakyServer, Job, Site, fetch_with_retry, is_worth_retrying, run_all,
    run_as_task, start_service,
};
use crate::reference;

/// An error's chain, from the outside in: each layer's own message. A task's
/// panic reads "task panicked with message ...", without the number tokio
/// gave the task (it differs from run to run).
fn chain(error: &anyhow::Error) -> Vec<String> {
    error
        .chain()
        .map(|layer| match layer.downcast_ref::<JoinError>() {
            Some(join_error) => without_task_number(&join_error.to_string()),
            None => layer.to_string(),
        })
        .collect()
}

/// "task 12 panicked with ..." as "task panicked with ...".
fn without_task_number(text: &str) -> String {
    match text.strip_prefix("task ").and_then(|rest| rest.split_once(' ')) {
        Some((number, rest)) if number.chars().all(|c| c.is_ascii_digit()) => {
            format!("task {rest}")
        }
        _ => text.to_string(),
    }
}

/// What the tests compare for one outcome: the value, or the error's chain
/// and whether its kind is a `FetchError` (which one) or a task's panic.
#[derive(Debug, PartialEq)]
enum Seen<T> {
    Value(T),
    Failed { chain: Vec<String>, kind: Kind },
}

/// The kind at the bottom of an error, as `downcast_ref` finds it.
#[derive(Debug, PartialEq)]
enum Kind {
    Fetch(FetchError),
    ParseInt,
    Panic,
    /// None of these: the original error was lost (made into a string, say).
    Unknown,
}

fn seen<T>(outcome: anyhow::Result<T>) -> Seen<T> {
    match outcome {
        Ok(value) => Seen::Value(value),
        Err(error) => Seen::Failed { chain: chain(&error), kind: kind(&error) },
    }
}

fn kind(error: &anyhow::Error) -> Kind {
    if let Some(fetch) = error.downcast_ref::<FetchError>() {
        Kind::Fetch(*fetch)
    } else if error.downcast_ref::<std::num::ParseIntError>().is_some() {
        Kind::ParseInt
    } else if error.downcast_ref::<JoinError>().is_some_and(JoinError::is_panic) {
        Kind::Panic
    } else {
        Kind::Unknown
    }
}

/// An error with this chain (from the outside in) and this kind.
fn failed<T>(chain: &[&str], kind: Kind) -> Seen<T> {
    Seen::Failed { chain: chain.iter().map(ToString::to_string).collect(), kind }
}

/// web's file is fine, db's port is too large, and cache's download times out.
fn config_site() -> Site {
    let site = Site::new().with("/web.conf", 2, Ok("8080\n"));
    site.with("/db.conf", 1, Ok("80800")).with("/cache.conf", 3, Err(FetchError::Timeout))
}

#[test]
fn start_service_returns_the_port_from_the_config_file() {
    let run = grade(|| async { seen(start_service(&config_site(), "web").await) });

    run.assert_value(Seen::Value(8080), "the port written in /web.conf");
    run.assert_timeline(&[finished("/web.conf", 0, 2)]);
}

#[test]
fn start_service_says_what_it_was_doing_at_every_step_of_a_failed_download() {
    let run = grade(|| async { seen(start_service(&config_site(), "mail").await) });

    run.assert_value(
        failed(
            &["starting mail", "downloading /mail.conf", "server answered 404"],
            Kind::Fetch(FetchError::Status(404)),
        ),
        "an error whose chain says, from the outside in, what was being done at each step \
         (one context per step), over the server's own `FetchError`, kept as it is so that \
         `downcast_ref::<FetchError>()` still finds it",
    );
    run.assert_timeline(&[finished("/mail.conf", 0, 1)]);
}

#[test]
fn start_service_keeps_a_timeout_under_the_context_of_the_download() {
    let run = grade(|| async { seen(start_service(&config_site(), "cache").await) });

    run.assert_value(
        failed(
            &["starting cache", "downloading /cache.conf", "timed out"],
            Kind::Fetch(FetchError::Timeout),
        ),
        "the download's context over the `FetchError`, under the context of the whole",
    );
    run.assert_took(3);
}

#[test]
fn start_service_says_it_was_reading_the_port_when_the_number_is_bad() {
    let run = grade(|| async {
        let error = start_service(&config_site(), "db").await.expect_err("80800 is no port");
        (format!("{error:#}"), kind(&error))
    });

    run.assert_value(
        (
            "starting db: reading the port from /db.conf: number too large to fit in target type"
                .to_string(),
            Kind::ParseInt,
        ),
        "the chain on one line (`{:#}`), with the reading step's context over the \
         `ParseIntError` that `parse` gave",
    );
    run.assert_took(1);
}

/// A `FetchError` under two layers of context, as a caller would see it.
fn wrapped(error: FetchError, outer: &str) -> anyhow::Error {
    anyhow::Error::new(error).context("fetching /status").context(outer.to_string())
}

#[test]
fn is_worth_retrying_says_yes_to_a_timeout_and_a_server_error_under_context() {
    let run = grade(|| async {
        [
            wrapped(FetchError::Timeout, "checking the mirror"),
            wrapped(FetchError::Status(503), "checking the mirror"),
            wrapped(FetchError::Status(500), "checking the mirror"),
            anyhow::Error::new(FetchError::Timeout),
        ]
        .iter()
        .map(is_worth_retrying)
        .collect::<Vec<_>>()
    });

    run.assert_value(
        vec![true, true, true, true],
        "yes for each: a timeout, a 503 and a 500, each under two layers of context whose \
         words say nothing of the kind, and a bare timeout",
    );
}

#[test]
fn is_worth_retrying_says_no_to_a_missing_page_whatever_its_context_says() {
    let run = grade(|| async {
        [
            wrapped(FetchError::Status(404), "checking the mirror"),
            wrapped(FetchError::Status(404), "retrying after the mirror timed out"),
            wrapped(FetchError::Status(499), "checking the mirror"),
        ]
        .iter()
        .map(is_worth_retrying)
        .collect::<Vec<_>>()
    });

    run.assert_value(
        vec![false, false, false],
        "no for each: a 404, a 404 under a context that happens to say \"timed out\", and a \
         499. The kind of the error decides, not the words of its messages",
    );
}

#[test]
fn is_worth_retrying_draws_the_line_at_500_across_the_whole_status_range() {
    let statuses = [100, 301, 429, 499, 500, 502, 504, 599, 600, 999];
    let run = grade(move || async move {
        statuses
            .iter()
            .map(|&code| is_worth_retrying(&wrapped(FetchError::Status(code), "checking")))
            .collect::<Vec<_>>()
    });

    run.assert_value(
        vec![false, false, false, false, true, true, true, true, true, true],
        "no for 100, 301, 429 and 499, yes for 500, 502, 504, 599, 600 and 999: every status \
         of 500 or more is worth another try, and none below (429, \"too many requests\", \
         included)",
    );
}

#[test]
fn is_worth_retrying_says_no_to_an_error_that_is_not_a_fetch_error() {
    let run = grade(|| async {
        let parse = "80800".parse::<u16>().expect_err("too large");
        [anyhow::anyhow!("connection timed out"), anyhow::Error::new(parse).context("server error")]
            .iter()
            .map(is_worth_retrying)
            .collect::<Vec<_>>()
    });

    run.assert_value(
        vec![false, false],
        "no for both: a message that says \"timed out\" but is no `FetchError`, and a parse \
         error under a context that says \"server error\"",
    );
}

#[test]
fn fetch_with_retry_waits_longer_after_each_retryable_failure() {
    let server = FlakyServer::new(vec![
        (2, Err(FetchError::Timeout)),
        (1, Err(FetchError::Status(503))),
        (1, Ok("welcome")),
        (1, Ok("too late")),
    ]);
    let run = grade(move || async move { seen(fetch_with_retry(&server, 4, units(1)).await) });

    run.assert_value(Seen::Value("welcome"), "the text of the first request that succeeded");
    // Times out at 2, waits 1; 503 at 4, waits 2; succeeds at 7.
    run.assert_timeline(&[
        finished("attempt 1", 0, 2),
        finished("attempt 2", 3, 4),
        finished("attempt 3", 6, 7),
    ]);
    run.assert_took(7);
}

#[test]
fn fetch_with_retry_doubles_the_wait_through_a_long_chain_of_failures() {
    let server = FlakyServer::new(vec![(1, Err(FetchError::Timeout))]);
    let run = grade(move || async move { seen(fetch_with_retry(&server, 5, units(1)).await) });

    run.assert_value(
        failed(&["gave up after attempt 5", "timed out"], Kind::Fetch(FetchError::Timeout)),
        "the fifth timeout, with the context \"gave up after attempt 5\"",
    );
    // Waits of 1, 2, 4 and 8 units between the five attempts: not 1, 2, 3, 4.
    run.assert_timeline(&[
        finished("attempt 1", 0, 1),
        finished("attempt 2", 2, 3),
        finished("attempt 3", 5, 6),
        finished("attempt 4", 10, 11),
        finished("attempt 5", 19, 20),
    ]);
    run.assert_took(20);
}

#[test]
fn fetch_with_retry_does_not_retry_a_missing_page() {
    let server = FlakyServer::new(vec![(1, Err(FetchError::Status(404))), (1, Ok("found"))]);
    let run = grade(move || async move { seen(fetch_with_retry(&server, 3, units(1)).await) });

    run.assert_value(
        failed(
            &["gave up after attempt 1", "server answered 404"],
            Kind::Fetch(FetchError::Status(404)),
        ),
        "the 404 at once, with the context \"gave up after attempt 1\": a 404 is not worth \
         a second request",
    );
    run.assert_timeline(&[finished("attempt 1", 0, 1)]);
    run.assert_took(1);
}

#[test]
fn fetch_with_retry_makes_exactly_the_attempts_allowed_and_no_wait_after_the_last() {
    let server = FlakyServer::new(vec![
        (1, Err(FetchError::Timeout)),
        (1, Err(FetchError::Timeout)),
        (1, Err(FetchError::Timeout)),
        (1, Ok("one too many")),
    ]);
    let run = grade(move || async move { seen(fetch_with_retry(&server, 3, units(1)).await) });

    run.assert_value(
        failed(&["gave up after attempt 3", "timed out"], Kind::Fetch(FetchError::Timeout)),
        "the third timeout, with the context \"gave up after attempt 3\": 3 attempts were \
         allowed, and the fourth request would have succeeded",
    );
    run.assert_timeline(&[
        finished("attempt 1", 0, 1),
        finished("attempt 2", 2, 3),
        finished("attempt 3", 5, 6),
    ]);
    run.assert_took(6);
}

#[test]
fn fetch_with_retry_stops_at_a_missing_page_after_a_timeout() {
    let server = FlakyServer::new(vec![
        (2, Err(FetchError::Timeout)),
        (1, Err(FetchError::Status(404))),
        (1, Ok("found")),
    ]);
    let run = grade(move || async move { seen(fetch_with_retry(&server, 5, units(3)).await) });

    run.assert_value(
        failed(
            &["gave up after attempt 2", "server answered 404"],
            Kind::Fetch(FetchError::Status(404)),
        ),
        "the 404 of the second request, with the context \"gave up after attempt 2\"",
    );
    run.assert_timeline(&[finished("attempt 1", 0, 2), finished("attempt 2", 5, 6)]);
    run.assert_took(6);
}

#[test]
fn fetch_with_retry_with_one_attempt_makes_one_request() {
    let server = FlakyServer::new(vec![(1, Err(FetchError::Status(503))), (1, Ok("later"))]);
    let run = grade(move || async move { seen(fetch_with_retry(&server, 1, units(1)).await) });

    run.assert_value(
        failed(
            &["gave up after attempt 1", "server answered 503"],
            Kind::Fetch(FetchError::Status(503)),
        ),
        "the 503 of the only request allowed, with the context \"gave up after attempt 1\"",
    );
    run.assert_took(1);
}

fn job(name: &'static str, units: u64, ending: Ending) -> Job {
    Job { name, units, ending }
}

#[test]
fn run_as_task_returns_the_value_of_the_task() {
    let run = grade(|| async { seen(run_as_task(job("report", 2, Ending::Value(42))).await) });

    run.assert_value(Seen::Value(42), "the job's value");
    run.assert_spawned(&["report"]);
    run.assert_took(2);
}

#[test]
fn run_as_task_says_which_task_failed_over_its_fetch_error() {
    let run = grade(|| async {
        seen(run_as_task(job("backup", 2, Ending::Fails(FetchError::Status(503)))).await)
    });

    run.assert_value(
        failed(
            &["task backup failed", "server answered 503"],
            Kind::Fetch(FetchError::Status(503)),
        ),
        "the job's own `FetchError`, under the context \"task backup failed\"",
    );
    run.assert_spawned(&["backup"]);
    run.assert_took(2);
}

#[test]
fn run_as_task_turns_a_panic_into_an_error_that_says_which_task_panicked() {
    let run = Grader::new().expect_task_panics(1).run(|| async {
        let error = run_as_task(job("indexer", 3, Ending::Panics)).await.expect_err("it panics");
        PanicSeen {
            outermost_context: chain(&error).first().cloned(),
            kind: kind(&error),
            ends_with_the_panics_words: format!("{error:#}").ends_with("crashed\""),
        }
    });

    run.assert_value(
        PanicSeen {
            outermost_context: Some("task indexer panicked".to_string()),
            kind: Kind::Panic,
            ends_with_the_panics_words: true,
        },
        "an `Err`, not a panic of your function: the context \"task indexer panicked\" on \
         the outside, over the `JoinError` that carries the panic (its message ends with the \
         panic's own words, \"indexer crashed\")",
    );
    run.assert_spawned(&["indexer"]);
    run.assert_took(3);
}

/// What the test reads from the error of a task that panicked.
#[derive(Debug, PartialEq)]
struct PanicSeen {
    /// The error's outermost context.
    outermost_context: Option<String>,
    kind: Kind,
    /// Whether the whole chain ends with the panic's own words.
    ends_with_the_panics_words: bool,
}

/// Failures finish in another order than the jobs are listed: C and D at 1,
/// B at 2.
fn mixed_jobs() -> Vec<Job> {
    vec![
        job("A", 3, Ending::Value(10)),
        job("B", 2, Ending::Fails(FetchError::Timeout)),
        job("C", 1, Ending::Panics),
        job("D", 1, Ending::Fails(FetchError::Status(404))),
        job("E", 2, Ending::Value(50)),
    ]
}

/// Each error of a group as the tests compare it: its outermost message and
/// its kind.
fn outer_and_kind(errors: &[anyhow::Error]) -> Vec<(String, Kind)> {
    errors.iter().map(|error| (error.to_string(), kind(error))).collect()
}

#[test]
fn run_all_keeps_the_values_and_every_failure_in_job_order() {
    let run = Grader::new().expect_task_panics(1).run(|| async {
        let (values, errors) = run_all(mixed_jobs()).await;
        (values, outer_and_kind(&errors))
    });

    run.assert_value(
        (
            vec![10, 50],
            vec![
                ("task B failed".to_string(), Kind::Fetch(FetchError::Timeout)),
                ("task C panicked".to_string(), Kind::Panic),
                ("task D failed".to_string(), Kind::Fetch(FetchError::Status(404))),
            ],
        ),
        "the values of A and E, and the errors of B, C and D in job order (not in the order \
         they failed: C and D at 1, B at 2), each saying which task failed or panicked, \
         over its original error",
    );
    run.assert_spawned(&["A", "B", "C", "D", "E"]);
    run.assert_max_concurrency(5);
    run.assert_took(3);
}

#[test]
fn run_all_gives_the_full_chain_of_each_failure() {
    let run = Grader::new().expect_task_panics(1).run(|| async {
        let (_, errors) = run_all(mixed_jobs()).await;
        errors.iter().filter(|error| kind(error) != Kind::Panic).map(chain).collect::<Vec<_>>()
    });

    run.assert_value(
        vec![
            vec!["task B failed".to_string(), "timed out".to_string()],
            vec!["task D failed".to_string(), "server answered 404".to_string()],
        ],
        "the chains of the two failures that were not panics: the task's context over the \
         job's own error",
    );
}

#[test]
fn run_all_with_nothing_failing_gives_every_value_and_no_errors() {
    let run = grade(|| async {
        let (values, errors) =
            run_all(vec![job("slow", 3, Ending::Value(7)), job("fast", 1, Ending::Value(3))]).await;
        (values, errors.len())
    });

    run.assert_value((vec![7, 3], 0), "both values in job order, and no errors");
    run.assert_took(3);
}

// Scenario tests: each function on generated inputs, compared with the
// reference solution: what it returned (an error by its chain and its kind),
// every request or job on the timeline, and when it returned. Statuses come
// from the whole range 100 to 599, often right at the edges of what is worth
// a retry (429, 499, 500, 599); retry chains run to eight attempts, so that
// waits of 1, 2, 3, 4 cannot pass for 1, 2, 4, 8; back-offs fall between
// whole units; names repeat.

#[test]
fn start_service_matches_the_reference_on_generated_sites() {
    scenarios().count(80).compare(
        generated_startup,
        |(site, name)| async move { seen(start_service(&site, name).await) },
        |(site, name)| async move { seen(reference::start_service(&site, name).await) },
    );
}

#[test]
fn is_worth_retrying_matches_the_reference_on_generated_errors() {
    scenarios().count(60).compare(
        |g| {
            let count = g.count();
            g.items(count, generated_error)
        },
        |errors| async move {
            errors.iter().map(|e| is_worth_retrying(&e.build())).collect::<Vec<_>>()
        },
        |errors| async move {
            errors.iter().map(|e| reference::is_worth_retrying(&e.build())).collect::<Vec<_>>()
        },
    );
}

#[test]
fn fetch_with_retry_matches_the_reference_on_generated_scripts() {
    scenarios().compare(
        generated_retry,
        |retry| async move {
            let server = FlakyServer::new(retry.script);
            seen(fetch_with_retry(&server, retry.attempts, retry.backoff).await)
        },
        |retry| async move {
            let server = FlakyServer::new(retry.script);
            seen(reference::fetch_with_retry(&server, retry.attempts, retry.backoff).await)
        },
    );
}

#[test]
fn run_as_task_matches_the_reference_on_generated_jobs() {
    scenarios().count(60).compare(
        generated_job,
        |job| async move { seen(run_as_task(job).await) },
        |job| async move { seen(reference::run_as_task(job).await) },
    );
}

#[test]
fn run_as_task_matches_the_reference_on_generated_jobs_that_panic() {
    scenarios().count(20).grader(Grader::new().expect_task_panics(1)).compare(
        |g| Job { ending: Ending::Panics, ..generated_job(g) },
        |job| async move { seen(run_as_task(job).await) },
        |job| async move { seen(reference::run_as_task(job).await) },
    );
}

#[test]
fn run_all_matches_the_reference_on_generated_jobs() {
    scenarios().count(80).compare(
        |g| {
            let count = g.count();
            g.items(count, generated_job)
        },
        |jobs| async move { group(run_all(jobs).await) },
        |jobs| async move { group(reference::run_all(jobs).await) },
    );
}

#[test]
fn run_all_matches_the_reference_on_generated_jobs_one_of_which_panics() {
    scenarios().count(60).grader(Grader::new().expect_task_panics(1)).compare(
        |g| {
            let count = g.count_from(1);
            let mut jobs = g.items(count, generated_job);
            let crashing = g.below(count as u64) as usize;
            jobs[crashing].ending = Ending::Panics;
            jobs
        },
        |jobs| async move { group(run_all(jobs).await) },
        |jobs| async move { group(reference::run_all(jobs).await) },
    );
}

/// A group's outcome as the scenario tests compare it: the values, and each
/// error by its chain and kind.
fn group((values, errors): (Vec<u32>, Vec<anyhow::Error>)) -> (Vec<u32>, Vec<Seen<u32>>) {
    (values, errors.into_iter().map(|error| seen(Err(error))).collect())
}

/// Any three-digit status, half the time one at an edge of what is retried
/// (600 and up are rare, but "500 or more" takes them in).
fn generated_status(g: &mut Gen) -> u16 {
    if g.chance(50) {
        g.pick(&[404, 429, 499, 500, 503, 599, 600])
    } else {
        g.between(100, 999) as u16
    }
}

/// A failure worth retrying: a timeout, or any status of 500 or more.
fn retryable_failure(g: &mut Gen) -> FetchError {
    match g.below(3) {
        0 => FetchError::Timeout,
        1 => FetchError::Status(g.pick(&[500, 599, 600])),
        _ => FetchError::Status(g.between(500, 999) as u16),
    }
}

/// Any failure: a timeout, or any status.
fn generated_failure(g: &mut Gen) -> FetchError {
    if g.chance(25) { FetchError::Timeout } else { FetchError::Status(generated_status(g)) }
}

/// A script for [`fetch_with_retry`], how many attempts it may make, and the
/// first wait.
#[derive(Clone, Debug)]
struct Retry {
    script: Vec<(u64, Result<&'static str, FetchError>)>,
    attempts: u32,
    backoff: Duration,
}

/// Up to eight failures worth retrying, then any response (which the server
/// repeats from then on): long retry chains, ended by a success, by a failure
/// not worth retrying, or by running out of attempts (1 to 9 of them, more in
/// larger scenarios, so that the smallest one found has few).
fn generated_retry(g: &mut Gen) -> Retry {
    let failures = g.count();
    let mut script = g.items(failures, |g| (g.between(0, 3), Err(retryable_failure(g))));
    let last =
        if g.chance(40) { Ok(g.pick(&["welcome", "hello"])) } else { Err(generated_failure(g)) };
    script.push((g.between(0, 3), last));
    // 0 attempts too: the spec makes one request then, as for 1.
    let attempts = g.between(0, g.size() as u64 + 1) as u32;
    let backoff = g.duration(Duration::ZERO, units(2), units(1));
    Retry { script, attempts, backoff }
}

/// A job of 0 to 4 units, ending with a value (0 included) or a failure.
fn generated_job(g: &mut Gen) -> Job {
    let ending = if g.chance(50) {
        Ending::Value(g.pick(&[0, 7, 42]))
    } else {
        Ending::Fails(generated_failure(g))
    };
    Job { name: g.name(), units: g.between(0, 4), ending }
}

/// The services a generated site may hold a config file for, with its path.
const SERVICES: [(&str, &str); 4] =
    [("web", "/web.conf"), ("db", "/db.conf"), ("mail", "/mail.conf"), ("cache", "/cache.conf")];

/// What a config file may hold: ports with and without space around them,
/// numbers too large, and no number at all.
const CONFIG_TEXTS: [&str; 9] =
    ["8080\n", " 443 ", "\t22\n\n", "0", "65535", "65536", "80800", "-1", "port 80"];

/// A site holding config files for some services (a service may have two,
/// or none: then its download gives a 404), and the service to start.
fn generated_startup(g: &mut Gen) -> (Site, &'static str) {
    let mut site = Site::new();
    for _ in 0..g.count() {
        let (_, path) = g.pick(&SERVICES);
        let outcome =
            if g.chance(70) { Ok(g.pick(&CONFIG_TEXTS)) } else { Err(generated_failure(g)) };
        site = site.with(path, g.between(0, 3), outcome);
    }
    (site, g.pick(&SERVICES).0)
}

/// What an error is, at the bottom of its chain.
#[derive(Clone, Debug)]
enum Bottom {
    /// A `FetchError`.
    Fetch(FetchError),
    /// An I/O error that timed out: a timeout, but no `FetchError`.
    IoTimeout,
    /// A `ParseIntError`.
    Parse,
    /// An error that is only a message.
    Message(&'static str),
}

/// An error as a caller might hand it over: its bottom, and the contexts
/// added over it, innermost first.
#[derive(Clone, Debug)]
struct Wrapped {
    bottom: Bottom,
    contexts: Vec<&'static str>,
}

impl Wrapped {
    fn build(&self) -> anyhow::Error {
        let mut error = match self.bottom {
            Bottom::Fetch(fetch) => anyhow::Error::new(fetch),
            Bottom::IoTimeout => {
                anyhow::Error::new(std::io::Error::new(std::io::ErrorKind::TimedOut, "timed out"))
            }
            Bottom::Parse => anyhow::Error::new("80800".parse::<u16>().expect_err("too large")),
            Bottom::Message(text) => anyhow::anyhow!(text),
        };
        for context in &self.contexts {
            error = error.context(*context);
        }
        error
    }
}

/// Mostly a `FetchError` of any kind, sometimes another error whose words
/// sound retryable; under 0 to 3 contexts whose words say anything.
fn generated_error(g: &mut Gen) -> Wrapped {
    let bottom = match g.below(8) {
        0 => Bottom::IoTimeout,
        1 => Bottom::Parse,
        2 => Bottom::Message(g.pick(&["timed out", "server answered 503"])),
        _ => Bottom::Fetch(generated_failure(g)),
    };
    let layers = g.between(0, 3) as usize;
    let contexts = g.items(layers, |g| {
        g.pick(&["fetching /status", "timed out", "server answered 503", "404", "retrying"])
    });
    Wrapped { bottom, contexts }
}
