//! Lesson 13: errors across tasks, with anyhow.
//!
//! An error is graded on two things: its chain, the messages from the
//! outside in (what `{:#}` prints on one line), and its kind, what
//! `downcast_ref` finds at the bottom. An `Err` with the right words but the
//! original error lost, or the right error without the words that say where
//! it happened, both fail.

use timeline::grade::{Grader, finished, grade, units};
use tokio::task::JoinError;

use crate::exercise::{
    Ending, FetchError, FlakyServer, Job, Site, fetch_with_retry, is_worth_retrying, run_all,
    run_as_task, start_service,
};

/// An error's chain, from the outside in: each layer's own message.
fn chain(error: &anyhow::Error) -> Vec<String> {
    error.chain().map(ToString::to_string).collect()
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
        (chain(&error).first().cloned(), kind(&error), format!("{error:#}").ends_with("crashed\""))
    });

    run.assert_value(
        (Some("task indexer panicked".to_string()), Kind::Panic, true),
        "an `Err`, not a panic of your function: the context \"task indexer panicked\" on \
         the outside, over the `JoinError` that carries the panic (its message ends with the \
         panic's own words, \"indexer crashed\")",
    );
    run.assert_spawned(&["indexer"]);
    run.assert_took(3);
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
