//! Lesson 18: a server that shuts down cleanly.
//!
//! `handle_connection` and `serve` talk over real sockets on 127.0.0.1, so
//! their tests run on the real clock: a unit is `UNIT` (100 ms) of real
//! time, and every timing check is a range, from the time the work must
//! take at least up to the least time a wrong answer must take, so that a
//! busy machine never fails correct code and never passes a wrong one. The
//! clients in these tests give up 12 units after they connect, and the
//! harness stops anything still waiting after a few seconds: no test hangs.
//!
//! `shut_down` and `supervise` need no socket: their tests run on the
//! paused clock, where a unit is one virtual second and times are exact.
//! Each job, connection and worker run shows on the timeline under its
//! name ("job 3", "run 2").

use std::time::Duration;

use futures::future::join_all;
use timeline::grade::{Grader, Run, cancelled, finished, grade, timed, units};
use timeline::traced;
use tokio::task::JoinSet;
use tokio::time::{Instant, sleep, timeout};
use tokio_util::sync::CancellationToken;

use crate::exercise::{
    Client, GaveUp, Shutdown, UNIT, Worker, handle_connection, listen, serve, shut_down, supervise,
};

// ---- handle_connection: one connection, on the real clock ----

#[test]
fn handle_connection_does_each_job_in_turn_and_answers_once_it_is_done() {
    let run = real_clock().run(|| one_connection(&["2", "1"], Closes::AfterSending, None));

    run.assert_eq(run.value.answers.clone(), answers(&["ok 2", "ok 1"]), "the answers, in order");
    run.assert_eq(run.value.returned, 2, "what handle_connection returned: 2 jobs acknowledged");
    run.assert_that(
        ended_before(&run, "job 2", "job 1"),
        "a connection's jobs run one after another, in the order of its lines: job 1 must start \
         once job 2 is done",
    );
    assert_between(&run, run.value.took, (3.0, 5.0), "Jobs of 2 and 1 units, one after the other.");
}

#[test]
fn handle_connection_answers_error_to_a_line_that_is_not_a_number_and_goes_on() {
    let lines = &["x", "1", "two", "2"];
    let run = real_clock().run(|| one_connection(lines, Closes::AfterSending, None));

    run.assert_eq(
        run.value.answers.clone(),
        answers(&["error x", "ok 1", "error two", "ok 2"]),
        "one answer per line: `error LINE` for a line that is not a number, and the next line \
         is still served",
    );
    run.assert_eq(run.value.returned, 2, "what handle_connection returned: only jobs count");
}

#[test]
fn handle_connection_stops_waiting_for_lines_when_told_to_stop() {
    let run = real_clock().run(|| one_connection(&[], Closes::Never, Some(2)));

    run.assert_eq(run.value.answers.clone(), answers(&[]), "the answers: there was no job");
    run.assert_eq(run.value.returned, 0, "what handle_connection returned");
    assert_between(
        &run,
        run.value.took,
        (2.0, 5.0),
        "stop is cancelled at 2 units while the connection waits for a line, and it must end \
         then, not when the client hangs up (at 12).",
    );
}

#[test]
fn handle_connection_finishes_the_job_under_way_and_starts_no_other_after_stop() {
    let run = real_clock().run(|| one_connection(&["3", "4"], Closes::Never, Some(1)));

    run.assert_eq(
        run.value.answers.clone(),
        answers(&["ok 3"]),
        "the answers: job 3 was under way when stop came at 1 unit, so it is finished and \
         acknowledged; job 4 had arrived but not started, so it never starts",
    );
    run.assert_eq(run.value.returned, 1, "what handle_connection returned");
    assert_between(
        &run,
        run.value.took,
        (3.0, 5.5),
        "Job 3 ends at 3 units, and the connection right after it (job 4 too would end at 7).",
    );
}

// ---- serve: an accept loop, on the real clock ----

#[test]
fn serve_serves_each_connection_in_a_task_of_its_own() {
    let clients = vec![at(0.0, &["2"]), at(0.0, &["2"]), at(0.0, &["2"])];
    let run = real_clock().run(move || a_server(5, clients, 6));

    run.assert_eq(run.value.answers.clone(), vec![answers(&["ok 2"]); 3], "each client's answers");
    run.assert_eq(run.value.acknowledged, 3, "the jobs the connection tasks acknowledged");
    run.assert_eq(
        run.timeline.max_concurrency(),
        3,
        "how many jobs ran at once: three clients, a task each, all three at once",
    );
    assert_between(
        &run,
        run.timeline.end(),
        (2.0, 4.0),
        "Three jobs of 2 units at once end at 2 units (one after another: 6).",
    );
}

#[test]
fn serve_serves_at_most_at_most_connections_at_once() {
    let clients = vec![at(0.0, &["2"]); 5];
    let run = real_clock().run(move || a_server(2, clients, 9));

    run.assert_eq(run.value.answers.clone(), vec![answers(&["ok 2"]); 5], "each client's answers");
    run.assert_eq(
        run.timeline.max_concurrency(),
        2,
        "how many jobs ran at once with at_most 2: a connection keeps its place until it ends, \
         and a third waits for one",
    );
    assert_between(
        &run,
        run.timeline.end(),
        (6.0, 8.5),
        "Five jobs of 2 units, two at a time, come in three waves: the last ends at 6 units.",
    );
}

#[test]
fn serve_stops_accepting_at_once_when_told_to_stop_even_when_every_place_is_taken() {
    // The first client takes the only place with a job of 8 units; the
    // second connects half a unit later and waits for a place.
    let clients = vec![at(0.0, &["8"]), at(0.5, &["1"])];
    let run = real_clock().run(move || a_server(1, clients, 1));

    run.assert_that(
        run.value.serve_ended_after.is_some(),
        "serve must return once stop is cancelled",
    );
    let ended_after = run.value.serve_ended_after.unwrap_or_default();
    assert_between(
        &run,
        ended_after,
        (0.0, 1.5),
        "serve must return as soon as stop is cancelled (at 1 unit), not once a place is free \
         (at 8): it is how long it took after stop.",
    );
    run.assert_eq(
        run.value.answers.clone(),
        vec![answers(&["ok 8"]), answers(&[])],
        "each client's answers: the job under way is finished; the client still waiting is \
         never served",
    );
    run.assert_eq(run.value.acknowledged, 1, "the jobs the connection tasks acknowledged");
}

#[test]
fn serve_tells_its_connections_to_stop_too() {
    let clients = vec![at(0.0, &["3", "3"]), at(0.0, &["4", "1"])];
    let run = real_clock().run(move || a_server(5, clients, 1));

    run.assert_eq(
        run.value.answers.clone(),
        vec![answers(&["ok 3"]), answers(&["ok 4"])],
        "each client's answers: stop came at 1 unit, so each connection finishes its job under \
         way and starts no other",
    );
    run.assert_eq(run.value.acknowledged, 2, "the jobs the connection tasks acknowledged");
}

// ---- shut_down: a deadline, then abort, on the paused clock ----

#[test]
fn shut_down_waits_for_connections_that_finish_within_the_grace_period() {
    let run = grade(|| async {
        let connections = connections(&[("a", Some(3), 2), ("b", Some(6), 1)]);
        shut_down(connections, units(10)).await
    });

    run.assert_value(
        Shutdown { finished: 2, cut_short: 0, acknowledged: 3 },
        "both connections finished within the grace period, with 2 and 1 jobs acknowledged",
    );
    run.assert_timeline(&[finished("a", 0, 3), finished("b", 0, 6)]);
    run.assert_took(6);
}

#[test]
fn shut_down_cuts_short_what_is_left_when_the_grace_period_ends() {
    let run = grade(|| async {
        let connections = connections(&[("a", Some(3), 2), ("b", Some(6), 1), ("stuck", None, 4)]);
        shut_down(connections, units(5)).await
    });

    run.assert_value(
        Shutdown { finished: 1, cut_short: 2, acknowledged: 2 },
        "a finished within the 5 units of grace; b (at 6) and the stuck one did not, so they are \
         cut short, and their jobs do not count",
    );
    run.assert_timeline(&[finished("a", 0, 3), cancelled("b", 0, 5), cancelled("stuck", 0, 5)]);
    run.assert_took(5);
}

#[test]
fn shut_down_returns_at_once_when_nothing_is_left() {
    let run = grade(|| async {
        let mut connections = connections(&[("a", Some(0), 3)]);
        // Already done: it finished before the shutdown began.
        connections.spawn(async { 0 });
        sleep(units(0)).await;
        let (report, took) = timed(shut_down(connections, units(5))).await;
        let (empty, _) = timed(shut_down(JoinSet::new(), units(5))).await;
        (report, took, empty)
    });

    run.assert_value(
        (
            Shutdown { finished: 2, cut_short: 0, acknowledged: 3 },
            Duration::ZERO,
            Shutdown::default(),
        ),
        "(the report, how long it took, the report with no connection): connections already \
         done count as finished, and nothing is left to wait for",
    );
}

// ---- supervise: restarts with back-off, on the paused clock ----

#[test]
fn supervise_restarts_a_failed_worker_after_pauses_that_double() {
    let run = Grader::new()
        .expect_task_panics(3)
        .run(|| supervise(Worker::new(units(1), 3), 5, units(1)));

    run.assert_value(Ok(4), "what the fourth run returned, after three failures");
    run.assert_timeline(&[
        finished("run 1", 0, 1),
        finished("run 2", 2, 3),
        finished("run 3", 5, 6),
        finished("run 4", 10, 11),
    ]);
    run.assert_took(11);
}

#[test]
fn supervise_gives_up_after_max_failures_without_a_last_pause() {
    let worker = Worker::new(units(1), 5);
    let watched = worker.clone();
    let run = Grader::new().expect_task_panics(3).run(|| supervise(worker, 3, units(1)));

    run.assert_value(Err(GaveUp { failures: 3 }), "the third failure is the last one allowed");
    run.assert_eq(watched.runs(), 3, "how many runs the worker started");
    run.assert_timeline(&[
        finished("run 1", 0, 1),
        finished("run 2", 2, 3),
        finished("run 3", 5, 6),
    ]);
    run.assert_took(6);
}

#[test]
fn supervise_returns_at_once_when_the_first_run_succeeds() {
    let run = grade(|| supervise(Worker::new(units(2), 0), 3, units(1)));

    run.assert_value(Ok(1), "what the first run returned");
    run.assert_timeline(&[finished("run 1", 0, 2)]);
    run.assert_took(2);
}

#[test]
fn supervise_with_one_failure_allowed_gives_up_at_the_first() {
    let run = Grader::new()
        .expect_task_panics(1)
        .run(|| supervise(Worker::new(units(2), 1), 1, units(1)));

    run.assert_value(Err(GaveUp { failures: 1 }), "max_failures 1: the first failure ends it");
    run.assert_took(2);
}

// ---- machinery ----

/// Real sockets need real time: the paused clock would fire every time limit
/// at once.
fn real_clock() -> Grader {
    Grader::new().real_clock()
}

/// How long a test client stays connected, at most.
const CLIENT_LIMIT: u32 = 12;

fn answers(lines: &[&str]) -> Vec<String> {
    lines.iter().map(|line| line.to_string()).collect()
}

/// `took` is at least `low` units and less than `high` units; `why` says
/// what the range stands for.
#[track_caller]
fn assert_between<T>(run: &Run<T>, took: Duration, (low, high): (f64, f64), why: &str) {
    let (low, high) = (UNIT.mul_f64(low), UNIT.mul_f64(high));
    run.assert_that(
        took >= low && took < high,
        &format!("{why} Expected between {low:?} and {high:?}; it took {took:.2?}."),
    );
}

/// The span `first` ended no later than the span `then` started.
fn ended_before<T>(run: &Run<T>, first: &str, then: &str) -> bool {
    match (run.timeline.span(first), run.timeline.span(then)) {
        (Some(first), Some(then)) => first.end <= then.start,
        _ => false,
    }
}

/// Whether a test client closes its side after sending its lines.
#[derive(Clone, Copy)]
enum Closes {
    AfterSending,
    Never,
}

/// What one connection served by `handle_connection` gave.
struct Connection {
    returned: usize,
    took: Duration,
    answers: Vec<String>,
}

/// A client sends `lines` at once to a connection served by
/// `handle_connection`, and reads the answers; `stop` is cancelled after
/// `stop_at` units, if given.
async fn one_connection(
    lines: &'static [&'static str],
    closes: Closes,
    stop_at: Option<u32>,
) -> Connection {
    let (listener, address) = listen().await;
    let stop = CancellationToken::new();
    let client = async move {
        let mut client = Client::connect(address).await;
        for line in lines {
            client.send(line).await;
        }
        if let Closes::AfterSending = closes {
            client.finish().await;
        }
        client.answers(UNIT * CLIENT_LIMIT).await
    };
    let server = async {
        let (stream, _) = listener.accept().await.expect("the client connects");
        let stopper = async {
            if let Some(units) = stop_at {
                sleep(UNIT * units).await;
                stop.cancel();
            }
        };
        let (served, ()) = tokio::join!(timed(handle_connection(stream, stop.clone())), stopper);
        served
    };
    let (answers, (returned, took)) = tokio::join!(client, server);
    Connection { returned, took, answers }
}

/// A test client: connects after `after` units, sends its lines at once,
/// closes its side, and reads the answers.
#[derive(Clone)]
struct TestClient {
    after: f64,
    lines: &'static [&'static str],
}

fn at(after: f64, lines: &'static [&'static str]) -> TestClient {
    TestClient { after, lines }
}

/// What a run of `serve` gave.
struct Served {
    /// Each client's answers, in the order the clients were given.
    answers: Vec<Vec<String>>,
    /// How long `serve` took to return after `stop`; `None` if it had not
    /// returned 10 units later.
    serve_ended_after: Option<Duration>,
    /// The sum of what the connection tasks returned.
    acknowledged: usize,
}

/// Runs `serve` with `at_most` for `clients`, cancels `stop` after `stop_at`
/// units, then waits for the connection tasks `serve` returned.
async fn a_server(at_most: usize, clients: Vec<TestClient>, stop_at: u32) -> Served {
    let (listener, address) = listen().await;
    let stop = CancellationToken::new();
    let clients = join_all(clients.into_iter().map(|client| async move {
        sleep(UNIT.mul_f64(client.after)).await;
        let mut connection = Client::connect(address).await;
        for line in client.lines {
            connection.send(line).await;
        }
        connection.finish().await;
        connection.answers(UNIT * CLIENT_LIMIT).await
    }));
    let server = async {
        let serving = serve(listener, at_most, stop.clone());
        tokio::pin!(serving);
        let early = timeout(UNIT * stop_at, &mut serving).await;
        stop.cancel();
        let stopped = Instant::now();
        let connections = match early {
            Ok(connections) => Some(connections),
            Err(_still_serving) => timeout(UNIT * 10, serving).await.ok(),
        };
        let ended_after = connections.as_ref().map(|_| stopped.elapsed());
        let mut acknowledged = 0;
        if let Some(mut connections) = connections {
            while let Some(joined) = connections.join_next().await {
                acknowledged += joined.unwrap_or(0);
            }
        }
        (ended_after, acknowledged)
    };
    let (answers, (serve_ended_after, acknowledged)) = tokio::join!(clients, server);
    Served { answers, serve_ended_after, acknowledged }
}

/// Connection tasks, as `serve` would return them: each traced under its
/// label, ending after its units (never, for `None`) with its count of
/// acknowledged jobs.
fn connections(list: &[(&'static str, Option<u64>, usize)]) -> JoinSet<usize> {
    let mut set = JoinSet::new();
    for &(label, ends_after, acknowledged) in list {
        set.spawn(async move {
            match ends_after {
                Some(n) => traced(label, sleep(units(n))).await,
                None => traced(label, std::future::pending::<()>()).await,
            }
            acknowledged
        });
    }
    set
}
