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
//! The test clients mark on the timeline the moment each answer reaches
//! them ("answer ok 2"), so that it can be held against the jobs. The
//! connections are served in tasks of their own, as `serve` serves them.
//!
//! `shut_down` and `supervise` need no socket: their tests run on the
//! paused clock, where a unit is one virtual second and times are exact.
//! Each job, connection and worker run shows on the timeline under its
//! name ("job 3", "run 2").

use std::net::SocketAddr;
use std::panic::resume_unwind;
use std::time::Duration;

use futures::future::join_all;
use timeline::grade::{Gen, Grader, Run, cancelled, finished, grade, scenarios, timed, units};
use timeline::{Span, mark, traced};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio::net::tcp::OwnedReadHalf;
use tokio::task::JoinSet;
use tokio::time::{Instant, sleep, timeout};
use tokio_util::sync::CancellationToken;

use crate::exercise::{
    Client, GaveUp, Shutdown, UNIT, Worker, handle_connection, listen, serve, shut_down, supervise,
};
use crate::reference;

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

#[test]
fn handle_connection_sends_each_answer_once_its_job_is_done_and_no_later() {
    let run = real_clock().run(|| one_connection(&["1", "2"], Closes::AfterSending, None));

    run.assert_eq(run.value.answers.clone(), answers(&["ok 1", "ok 2"]), "the answers, in order");
    assert_each_answer_in_time(&run);
}

#[test]
fn handle_connection_answers_error_to_an_empty_line_and_goes_on() {
    let run = real_clock().run(|| one_connection(&["", "1", ""], Closes::AfterSending, None));

    run.assert_eq(
        run.value.answers.clone(),
        answers(&["error ", "ok 1", "error "]),
        "one answer per line: an empty line is a line that is not a number, answered `error ` \
         (`error`, a space and the empty line), and the connection goes on",
    );
    run.assert_eq(run.value.returned, 1, "what handle_connection returned: one job");
}

#[test]
fn handle_connection_ends_without_a_panic_when_the_client_stops_waiting() {
    // The client sends three jobs and hangs up at once: the answers have
    // nobody to go to, and writing them fails.
    let run = real_clock().run(|| one_connection(&["1", "1", "1"], Closes::HangsUp, None));

    assert_between(
        &run,
        run.value.took,
        (1.0, 5.0),
        "The client hung up after sending three jobs of 1 unit: the connection must end by \
         itself, without a panic, by the time the jobs would be done (a failed write is no \
         reason to panic: the client is gone).",
    );
}

#[test]
fn handle_connection_starts_no_job_after_stop_on_any_of_many_connections() {
    // On each of 20 connections, job 3 is under way when stop comes (1
    // unit after the last connection is accepted), and the line of job 1 is
    // already there: once job 3 is done, both stop and that line are ready,
    // and stop must win every time.
    let run = real_clock().run(|| many_connections(20, &["3", "1"], 1));

    let started_after_stop =
        run.value.iter().filter(|served| served.answers.contains(&"ok 1".to_string())).count();
    run.assert_eq(
        started_after_stop,
        0,
        "how many of the 20 connections did job 1 after stop: none may, on every one of the 20 \
         connections (a `select!` that may look at the waiting line before `stop` starts its job \
         about half the time)",
    );
    let each: Vec<(Vec<String>, usize)> =
        run.value.iter().map(|served| (served.answers.clone(), served.returned)).collect();
    run.assert_eq(
        each,
        vec![(answers(&["ok 3"]), 1); 20],
        "each connection's (answers, what handle_connection returned): job 3 was under way at \
         stop, so it is finished and acknowledged, and no job starts after it",
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
        run.value.acknowledged,
        5,
        "the jobs the connection tasks acknowledged: serve returns every connection task it \
         started, those that have ended too, so all 5 count",
    );
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

#[test]
fn serve_accepts_no_connection_once_stop_is_cancelled_every_time() {
    // 64 listeners, each with a client waiting in its queue, and stop
    // already cancelled: both are ready when serve begins, and stop must win.
    let run = real_clock().run(|| serve_after_stop(64));

    run.assert_value(
        vec![0; 64],
        "how many connections serve accepted on each of the 64 listeners: a client was waiting, \
         but stop was cancelled before serve began, so it accepted no connection after stop (a \
         `select!` that may look at the waiting client before `stop` accepts it now and then)",
    );
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
    run.assert_spawned(&["run 1", "run 2", "run 3", "run 4"]);
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

// ---- scenario tests: generated cases, compared with the reference ----
//
// `shut_down` and `supervise` on the paused clock, compared exactly (the
// value, every span, when it returned): connections that end between whole
// units and near the grace, already done or stuck, graces that bind or not;
// workers that fail up to 8 times, with long chains of pauses that start
// between whole units. `handle_connection` on the real clock, on a few short
// generated conversations: only its answers and what it returned.

#[test]
fn shut_down_matches_the_reference_on_generated_connections() {
    scenarios().compare(
        generated_closing,
        |(list, grace)| shut_down(connections_ending(&list), grace),
        |(list, grace)| reference::shut_down(connections_ending(&list), grace),
    );
}

#[test]
fn supervise_matches_the_reference_on_generated_workers() {
    scenarios().grader(Grader::new().expect_task_panics(PANICS)).compare(
        generated_supervision,
        |supervision| supervised(supervision, supervise),
        |supervision| supervised(supervision, reference::supervise),
    );
}

#[test]
fn handle_connection_matches_the_reference_on_generated_lines() {
    // Real time adds up: a few short conversations, jobs of 0 units mostly.
    scenarios().count(8).max_size(5).grader(real_clock()).compare_by(
        generated_lines,
        |lines| served_by(handle_connection, lines, Closes::AfterSending, None),
        |lines| served_by(reference::handle_connection, lines, Closes::AfterSending, None),
        |run| (run.value.answers.clone(), run.value.returned),
    );
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

/// What a test client does once it has sent its lines.
#[derive(Clone, Copy, Debug)]
enum Closes {
    /// Closes its sending side and reads every answer.
    AfterSending,
    /// Keeps its side open and reads every answer.
    Never,
    /// Hangs up at once: it reads no answer.
    HangsUp,
}

/// What one connection served by `handle_connection` gave.
#[derive(Debug)]
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
    served_by(handle_connection, lines.to_vec(), closes, stop_at).await
}

/// Like [`one_connection`], with the connection served by `handle` (the
/// exercise, or the reference): in a task of its own, as `serve` runs it,
/// which also makes sure that it can run in one (that it is `Send`).
async fn served_by<Serving>(
    handle: fn(TcpStream, CancellationToken) -> Serving,
    lines: Vec<&'static str>,
    closes: Closes,
    stop_at: Option<u32>,
) -> Connection
where
    Serving: Future<Output = usize> + Send + 'static,
{
    let (listener, address) = listen().await;
    let stop = CancellationToken::new();
    let client = client_session(address, lines, closes);
    let server = async {
        let (stream, _) = listener.accept().await.expect("the client connects");
        let stopper = async {
            if let Some(units) = stop_at {
                sleep(UNIT * units).await;
                stop.cancel();
            }
        };
        let serving = tokio::spawn(timed(handle(stream, stop.clone())));
        let (served, ()) = tokio::join!(serving, stopper);
        served.unwrap_or_else(|failed| resume_unwind(failed.into_panic()))
    };
    let (answers, (returned, took)) = tokio::join!(client, server);
    Connection { returned, took, answers }
}

/// `count` clients each send `lines` at once, on connections of their own,
/// each served by `handle_connection` in a task of its own; `stop` is
/// cancelled `stop_at` units after the last one is accepted, and tells them
/// all.
async fn many_connections(
    count: usize,
    lines: &'static [&'static str],
    stop_at: u32,
) -> Vec<Connection> {
    let (listener, address) = listen().await;
    let stop = CancellationToken::new();
    let clients =
        join_all((0..count).map(|_| client_session(address, lines.to_vec(), Closes::Never)));
    let server = async {
        let mut serving = Vec::new();
        for _ in 0..count {
            let (stream, _) = listener.accept().await.expect("the client connects");
            serving.push(tokio::spawn(timed(handle_connection(stream, stop.clone()))));
        }
        sleep(UNIT * stop_at).await;
        stop.cancel();
        let served = join_all(serving).await;
        served
            .into_iter()
            .map(|served| served.unwrap_or_else(|failed| resume_unwind(failed.into_panic())))
            .collect::<Vec<_>>()
    };
    let (answers, served) = tokio::join!(clients, server);
    answers
        .into_iter()
        .zip(served)
        .map(|(answers, (returned, took))| Connection { returned, took, answers })
        .collect()
}

/// A test client on a real socket: connects, sends `lines` at once, then
/// does what `closes` says, and reads the answers until the server closes
/// the connection (or for [`CLIENT_LIMIT`] units at most), marking on the
/// timeline the moment each one arrives ("answer ok 2").
async fn client_session(
    address: SocketAddr,
    lines: Vec<&'static str>,
    closes: Closes,
) -> Vec<String> {
    let stream = TcpStream::connect(address).await.expect("could not connect to the server");
    let (reader, mut writer) = stream.into_split();
    for line in lines {
        let _ = writer.write_all(format!("{line}\n").as_bytes()).await;
    }
    match closes {
        Closes::AfterSending => {
            let _ = writer.shutdown().await;
        }
        Closes::Never => {}
        // Both halves dropped: the socket is closed.
        Closes::HangsUp => return Vec::new(),
    }
    let answers = read_answers(reader, UNIT * CLIENT_LIMIT).await;
    // Kept until now: dropping the writing half closes the client's side.
    drop(writer);
    answers
}

/// Every answer until the server closes the connection or `limit` passes,
/// each marked on the timeline when it arrives.
async fn read_answers(reader: OwnedReadHalf, limit: Duration) -> Vec<String> {
    let mut lines = BufReader::new(reader).lines();
    let mut answers = Vec::new();
    let _ = timeout(limit, async {
        while let Ok(Some(line)) = lines.next_line().await {
            mark(&format!("answer {line}"));
            answers.push(line);
        }
    })
    .await;
    answers
}

/// Each job's `ok` answer reached the client after the job ended (the
/// answer says the job is done) and before the next job ended (it is sent
/// at once, not held back).
#[track_caller]
fn assert_each_answer_in_time(run: &Run<Connection>) {
    let labelled = |prefix: &str| -> Vec<&Span> {
        run.timeline.spans().iter().filter(|span| span.label.starts_with(prefix)).collect()
    };
    let (jobs, oks) = (labelled("job "), labelled("answer ok"));
    run.assert_eq(oks.len(), jobs.len(), "how many `ok` answers reached the client: one per job");
    for (index, (job, ok)) in jobs.iter().zip(&oks).enumerate() {
        run.assert_that(
            job.end <= ok.start,
            &format!(
                "each answer must reach the client once its job is done: `{}` for line {} came \
                 at {:.2?}, before {} ended at {:.2?}",
                &ok.label["answer ".len()..],
                index + 1,
                ok.start,
                job.label,
                job.end,
            ),
        );
        if let Some(next) = jobs.get(index + 1) {
            run.assert_that(
                ok.start <= next.end,
                &format!(
                    "each answer must reach the client once its job is done, and at once: `{}` \
                     for line {} came at {:.2?}, after the next job, on line {}, had ended at \
                     {:.2?}",
                    &ok.label["answer ".len()..],
                    index + 1,
                    ok.start,
                    index + 2,
                    next.end,
                ),
            );
        }
    }
}

/// `times` listeners, each with a client waiting in its queue, and `stop`
/// cancelled: how many connections `serve` accepts from each. Whatever it
/// accepted is shut down before the next.
async fn serve_after_stop(times: usize) -> Vec<usize> {
    let mut waiting = Vec::new();
    for _ in 0..times {
        let (listener, address) = listen().await;
        waiting.push((listener, Client::connect(address).await));
    }
    // Time for the runtime to see the listeners ready: a waiting client is
    // then as ready to be accepted as `stop` is to end the loop.
    sleep(Duration::from_millis(10)).await;
    let stop = CancellationToken::new();
    stop.cancel();
    let mut accepted = Vec::new();
    for (listener, client) in waiting {
        let mut connections = serve(listener, 2, stop.clone()).await;
        accepted.push(connections.len());
        connections.shutdown().await;
        drop(client);
    }
    accepted
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
/// units, then waits for the connection tasks `serve` returned (a `serve`
/// still running 10 units after `stop` is aborted).
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
        // In a task of its own, as the lesson runs it.
        let mut serving = tokio::spawn(serve(listener, at_most, stop.clone()));
        let early = timeout(UNIT * stop_at, &mut serving).await;
        stop.cancel();
        let stopped = Instant::now();
        let joined = match early {
            Ok(joined) => Some(joined),
            Err(_still_serving) => match timeout(UNIT * 10, &mut serving).await {
                Ok(joined) => Some(joined),
                Err(_still_serving) => {
                    serving.abort();
                    let _ = serving.await;
                    None
                }
            },
        };
        let connections =
            joined.map(|joined| joined.unwrap_or_else(|failed| resume_unwind(failed.into_panic())));
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
    let list: Vec<_> = list
        .iter()
        .map(|&(label, ends, acknowledged)| (label, ends.map(units), acknowledged))
        .collect();
    connections_ending(&list)
}

/// Like [`connections`], each ending after any time.
fn connections_ending(list: &[(&'static str, Option<Duration>, usize)]) -> JoinSet<usize> {
    let mut set = JoinSet::new();
    for &(label, ends_after, acknowledged) in list {
        set.spawn(async move {
            match ends_after {
                Some(time) => traced(label, sleep(time)).await,
                None => traced(label, std::future::pending::<()>()).await,
            }
            acknowledged
        });
    }
    set
}

/// Connection tasks (label, when it ends: `None` never, its acknowledged
/// jobs) and the grace period of their shutdown.
type Closing = (Vec<(&'static str, Option<Duration>, usize)>, Duration);

/// A grace of a millisecond to 5 units, and 0 to 8 connections: one in ten
/// stuck, one in ten already done, one in ten ending a millisecond before or
/// after the grace, the others at 0 to 6 units, often between whole ones.
/// None ends exactly at the grace: whether one that does made it in time is
/// a tie the spec leaves open.
fn generated_closing(g: &mut Gen) -> Closing {
    let grace = g.duration(Duration::from_millis(1), units(5), units(1));
    let count = g.count();
    let list = g.items(count, |g| {
        let near = Duration::from_millis(1);
        let ends = match g.below(10) {
            0 => None,
            1 => Some(Duration::ZERO),
            2 if g.chance(50) => Some(grace - near),
            2 => Some(grace + near),
            _ => Some(g.duration(Duration::ZERO, units(6), units(1))),
        };
        let ends = ends.map(|ends| if ends == grace { grace + near } else { ends });
        (g.name(), ends, g.between(0, 4) as usize)
    });
    (list, grace)
}

/// A worker to supervise and the supervisor's settings.
#[derive(Clone, Debug)]
struct Supervision {
    run_time: Duration,
    failures: usize,
    max_failures: usize,
    first_pause: Duration,
}

/// Runs of 0 to 2 units, up to 8 failures (the scenario's size), up to 8
/// allowed, and a first pause of 0 to 1.5 units, often between whole ones,
/// so that long chains of doubled pauses show any that is not doubled.
fn generated_supervision(g: &mut Gen) -> Supervision {
    let size = g.size() as u64;
    Supervision {
        run_time: g.duration(Duration::ZERO, units(2), units(1)),
        failures: g.between(0, size) as usize,
        max_failures: g.between(1, size.max(1)) as usize,
        first_pause: g.duration(Duration::ZERO, units(3) / 2, units(1) / 2),
    }
}

/// The task panics every supervision scenario makes in all: its worker's,
/// topped up by the test (see [`supervised`]).
const PANICS: usize = 8;

/// Runs `supervise` on `supervision`'s worker; returns what it returned and
/// how many runs the worker started. A grader expects one number of task
/// panics for every scenario, and each worker fails a number of times of
/// its own: the test makes tasks panic (and handles their `JoinError`s)
/// until [`PANICS`] are reached.
async fn supervised<Supervising>(
    supervision: Supervision,
    supervise: impl FnOnce(Worker, usize, Duration) -> Supervising,
) -> (Result<u32, GaveUp>, usize)
where
    Supervising: Future<Output = Result<u32, GaveUp>>,
{
    let worker = Worker::new(supervision.run_time, supervision.failures);
    let result = supervise(worker.clone(), supervision.max_failures, supervision.first_pause).await;
    let runs = worker.runs();
    for _ in runs.min(supervision.failures)..PANICS {
        let topped_up = tokio::spawn(async { panic!("a panic the test makes: not the worker") });
        assert!(topped_up.await.is_err(), "the test's task panics");
    }
    (result, runs)
}

/// 0 to 5 lines: jobs of 0 units mostly (real time adds up), some of 1,
/// lines that are not numbers (words, `2x`), empty lines.
fn generated_lines(g: &mut Gen) -> Vec<&'static str> {
    let count = g.count();
    g.items(count, |g| match g.below(8) {
        0..=2 => "0",
        3 => "1",
        4 => "",
        5 => "2x",
        _ => g.name(),
    })
}
