//! Lesson 19: testing your own async code.
//!
//! A test of code that waits is slow when it waits for real, and flaky when
//! it guesses how long "long enough" is. tokio's test clock fixes both: under
//! `#[tokio::test(start_paused = true)]` time stands still until every task
//! is waiting, then jumps to the next timer, so a test of a five-second
//! timeout takes no real time and every instant it measures is exact. A
//! fake connection (`tokio::io::duplex`) stands in for a socket, and a
//! `tracing` layer that writes into a `Vec` lets a test read what the code
//! logged.
//!
//! Run it: `cargo run -p lesson-19` (real clock) or
//! `cargo run -p lesson-19 -- --virtual-clock` (exact and instant).

use std::fmt::Write as _;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::ensure;
use timeline::lesson::{Clock, introduce, secs, section, show, time_and_draw};
use timeline::{Recorder, traced};
use tokio::io::{AsyncBufReadExt, AsyncWrite, AsyncWriteExt, BufReader, DuplexStream};
use tokio::time::{Instant, advance, sleep};
use tracing_subscriber::Layer;
use tracing_subscriber::layer::SubscriberExt;

/// One unit of the story. 100 ms keeps the whole lesson under 2 seconds.
const UNIT: Duration = Duration::from_millis(100);

/// A service that starts answering "ready" at a given instant.
struct Service {
    ready_at: Instant,
}

impl Service {
    /// Ready `after` from now.
    fn ready_in(after: Duration) -> Self {
        Service { ready_at: Instant::now() + after }
    }

    /// Asking takes one unit; the answer is whether it was ready when asked.
    async fn ask(&self) -> bool {
        let ready = Instant::now() >= self.ready_at;
        sleep(UNIT).await;
        ready
    }
}

// ANCHOR: subject
/// The code under test: ask `service` whether it is ready, up to 4 times,
/// pausing a unit between asks. The number of the ask that found it ready.
async fn wait_until_ready(service: &Service) -> Option<u32> {
    for ask in 1..=4 {
        if traced(&format!("ask {ask}"), service.ask()).await {
            return Some(ask);
        }
        tracing::debug!(ask, "not ready yet");
        if ask < 4 {
            sleep(UNIT).await;
        }
    }
    None
}
// ANCHOR_END: subject

/// A plausible slip: it pauses before the first ask too.
async fn pauses_first(service: &Service) -> Option<u32> {
    for ask in 1..=4 {
        sleep(UNIT).await;
        if traced(&format!("ask {ask}"), service.ask()).await {
            return Some(ask);
        }
    }
    None
}

/// Another: `1..4`, so it gives up one ask early.
async fn gives_up_early(service: &Service) -> Option<u32> {
    for ask in 1..4 {
        if traced(&format!("ask {ask}"), service.ask()).await {
            return Some(ask);
        }
        sleep(UNIT).await;
    }
    None
}

// ANCHOR: check
/// A check in the shape the exercises use: it takes the code under test and
/// returns `Err` saying what it did wrong. Every time is exact: the check
/// runs on a paused clock.
async fn check_wait_until_ready(wait: impl AsyncFn(&Service) -> Option<u32>) -> anyhow::Result<()> {
    // Ready from the start: the first ask finds it, one unit in.
    let start = Instant::now();
    let found = wait(&Service::ready_in(Duration::ZERO)).await;
    ensure!(found == Some(1), "ready from the start, but found {found:?}");
    ensure!(start.elapsed() == UNIT, "took {}, not {}", secs(start.elapsed()), secs(UNIT));

    // Ready exactly when the fourth ask starts (asks start at 0, 2, 4, 6).
    let start = Instant::now();
    let found = wait(&Service::ready_in(UNIT * 6)).await;
    ensure!(found == Some(4), "ready at the fourth ask, but found {found:?}");
    ensure!(start.elapsed() == UNIT * 7, "took {}, not {}", secs(start.elapsed()), secs(UNIT * 7));

    // Never ready: four asks, three pauses, and no pause after the last.
    let start = Instant::now();
    let found = wait(&Service::ready_in(UNIT * 100)).await;
    ensure!(found.is_none(), "never ready, but found {found:?}");
    ensure!(
        start.elapsed() == UNIT * 7,
        "gave up after {}, not {}",
        secs(start.elapsed()),
        secs(UNIT * 7)
    );
    Ok(())
}
// ANCHOR_END: check

// ANCHOR: paused_runtime
/// What `#[tokio::test(start_paused = true)]` builds around a test: a
/// current-thread runtime whose clock starts paused. A lesson cannot use
/// the attribute (it is for `#[test]` functions), so it builds one, on a
/// thread of its own, with a recorder of its own for that thread.
fn on_paused_clock<T: Send>(test: impl AsyncFnOnce(&Recorder) -> T + Send) -> T {
    std::thread::scope(|scope| {
        let thread = scope.spawn(|| {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .start_paused(true)
                .build()
                .expect("a runtime");
            runtime.block_on(async {
                let recorder = Recorder::new();
                let _recording = recorder.install_for_this_thread();
                test(&recorder).await
            })
        });
        thread.join().expect("the test thread does not panic")
    })
}
// ANCHOR_END: paused_runtime

fn main() -> anyhow::Result<()> {
    let clock = Clock::from_args();
    clock.runtime()?.block_on(async {
        let recorder = Recorder::install();
        introduce("Lesson 19: testing your own async code", clock, UNIT);
        lesson(&recorder).await
    })
}

async fn lesson(recorder: &Recorder) -> anyhow::Result<()> {
    section(1, "The code under test, on the lesson's clock");
    let service = Service::ready_in(UNIT * 5);
    let (found, took) = time_and_draw(recorder, wait_until_ready(&service)).await;
    println!("ready at 5 units: found by ask {} after {}", found.unwrap_or_default(), secs(took));
    println!("A test that waits like this for every case is slow, and flaky on a busy machine.");

    section(2, "The same checks on a paused clock (#[tokio::test(start_paused = true)])");
    let real_start = std::time::Instant::now();
    let verdicts = on_paused_clock(async |recorder: &Recorder| {
        let started = Instant::now();
        let mut verdicts = Vec::new();
        recorder.restart();
        verdicts.push(("wait_until_ready", check_wait_until_ready(wait_until_ready).await));
        println!("wait_until_ready in the check's three cases, one after another:");
        show(&recorder.timeline());
        recorder.restart();
        verdicts.push(("pauses_first", check_wait_until_ready(pauses_first).await));
        println!("pauses_first, caught in the first case:");
        show(&recorder.timeline());
        verdicts.push(("gives_up_early", check_wait_until_ready(gives_up_early).await));
        (verdicts, started.elapsed())
    });
    let real = real_start.elapsed();
    let (verdicts, virtual_time) = verdicts;
    for (name, verdict) in verdicts {
        match verdict {
            Ok(()) => println!("{name:<17} passes"),
            Err(error) => println!("{name:<17} caught: {error}"),
        }
    }
    println!(
        "{} of virtual time; real time under half a second: {}",
        secs(virtual_time),
        real < Duration::from_millis(500)
    );

    section(3, "Moving the clock by hand: tokio::time::advance");
    for line in on_paused_clock(async |_: &Recorder| advancing().await) {
        println!("{line}");
    }

    section(4, "A fake connection: tokio::io::duplex");
    let (good, buffered) = on_paused_clock(async |_: &Recorder| {
        (check_line_protocol(serve).await, check_line_protocol(serve_buffered).await)
    });
    println!(
        "serve           {}",
        good.map_or_else(|e| format!("caught: {e}"), |r| format!("passes, replies {r:?}"))
    );
    println!(
        "serve_buffered  {}",
        buffered.map_or_else(|e| format!("caught: {e}"), |r| format!("passes, replies {r:?}"))
    );

    section(5, "Reading what the code logged: a tracing layer that writes into a Vec");
    let (logged, verdict) = on_paused_clock(async |_: &Recorder| captured_logs().await);
    for line in &logged {
        println!("logged: {line}");
    }
    println!(
        "check on the log: {}",
        verdict.map_or_else(|e| format!("caught: {e}"), |()| "passes".into())
    );
    Ok(())
}

// ANCHOR: advance
/// A sleeping task, and the clock moved past its deadline in two steps.
async fn advancing() -> Vec<String> {
    let mut lines = Vec::new();
    let start = Instant::now();
    let sleeper = tokio::spawn(async move {
        sleep(UNIT * 3).await;
        start.elapsed()
    });
    // Let it start and reach its sleep: a sleep begun after the advance
    // would count its 3 units from there.
    tokio::task::yield_now().await;
    advance(UNIT * 2).await;
    let (now, done) = (secs(start.elapsed()), sleeper.is_finished());
    lines.push(format!("after advance(2 units): the clock at {now}, finished? {done}"));
    advance(UNIT).await;
    // Its sleep is due, but `advance` only moved the clock and yielded once:
    // the task has not had its turn yet.
    let (now, done) = (secs(start.elapsed()), sleeper.is_finished());
    lines.push(format!("after advance(1 more):  the clock at {now}, finished? {done}"));
    // Its handle is ready only once the task has run to its end.
    let woke = sleeper.await.expect("the sleeper does not panic");
    lines.push(format!("awaited its handle: it woke at exactly {}", secs(woke)));
    lines
}
// ANCHOR_END: advance

// ANCHOR: handler
/// A line protocol: `PING` is answered `PONG`, `ADD a b` with the sum, and
/// anything else with `ERR`. Generic over the connection, so a test can
/// hand it one end of a `duplex` where a server hands it a `TcpStream`.
async fn serve<C>(connection: C) -> std::io::Result<()>
where
    C: tokio::io::AsyncRead + AsyncWrite + Unpin,
{
    let (reader, mut writer) = tokio::io::split(connection);
    let mut lines = BufReader::new(reader).lines();
    while let Some(line) = lines.next_line().await? {
        let words: Vec<&str> = line.split_whitespace().collect();
        let reply = match words.as_slice() {
            ["PING"] => "PONG".to_string(),
            ["ADD", a, b] => match (a.parse::<i64>(), b.parse::<i64>()) {
                (Ok(a), Ok(b)) => (a + b).to_string(),
                _ => "ERR not a number".to_string(),
            },
            _ => "ERR unknown command".to_string(),
        };
        writer.write_all(format!("{reply}\n").as_bytes()).await?;
    }
    Ok(())
}
// ANCHOR_END: handler

// ANCHOR: duplex
/// Talks to `serve` over an in-memory pipe, as a client would over TCP:
/// three requests, and their three replies, each within one unit.
async fn check_line_protocol(
    serve: impl AsyncFn(DuplexStream) -> std::io::Result<()>,
) -> anyhow::Result<Vec<String>> {
    let (client, server) = tokio::io::duplex(64);
    let talk = async move {
        let (reader, mut writer) = tokio::io::split(client);
        writer.write_all(b"PING\nADD 2 40\nHELLO\n").await?;
        let mut lines = BufReader::new(reader).lines();
        let mut replies = Vec::new();
        for request in 1..=3 {
            // A reply that never comes fails the check in one unit, not never.
            let reply = tokio::time::timeout(UNIT, lines.next_line()).await;
            let reply = reply.map_err(|_| anyhow::anyhow!("no reply {request} within a unit"))?;
            replies.push(reply?.unwrap_or_else(|| "(closed)".to_string()));
        }
        ensure!(replies == ["PONG", "42", "ERR unknown command"], "replied {replies:?}");
        // Dropping the client here closes the pipe, and the server's loop ends.
        anyhow::Ok(replies)
    };
    // Both sides in one task: when the check returns, nothing is left running.
    let (served, replies) = tokio::join!(serve(server), talk);
    // The client's failure says most; the server's comes after it.
    let replies = replies?;
    served?;
    Ok(replies)
}
// ANCHOR_END: duplex

/// A plausible slip: replies go into a `BufWriter`, flushed only at the end.
async fn serve_buffered(connection: DuplexStream) -> std::io::Result<()> {
    let (reader, writer) = tokio::io::split(connection);
    let mut writer = tokio::io::BufWriter::new(writer);
    let mut lines = BufReader::new(reader).lines();
    while let Some(line) = lines.next_line().await? {
        let reply = if line == "PING" { "PONG" } else { "ERR unknown command" };
        writer.write_all(format!("{reply}\n").as_bytes()).await?;
    }
    writer.flush().await
}

// ANCHOR: capture
/// A `tracing` layer that keeps each event's fields as a line of text, with
/// the time since it was made.
#[derive(Clone)]
struct Captured {
    origin: Instant,
    lines: Arc<Mutex<Vec<String>>>,
}

impl Captured {
    fn new() -> Self {
        Captured { origin: Instant::now(), lines: Arc::default() }
    }
}

impl<S: tracing::Subscriber> Layer<S> for Captured {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        let mut line = format!("{} at {}", event.metadata().level(), secs(self.origin.elapsed()));
        event.record(&mut |field: &tracing::field::Field, value: &dyn std::fmt::Debug| {
            let _ = write!(line, " {}={value:?}", field.name());
        });
        self.lines.lock().expect("no panic while logging").push(line);
    }
}

/// Runs the code under test with `Captured` as this thread's subscriber,
/// and checks what it logged.
async fn captured_logs() -> (Vec<String>, anyhow::Result<()>) {
    let captured = Captured::new();
    let subscriber = tracing_subscriber::registry().with(captured.clone());
    let guard = tracing::subscriber::set_default(subscriber);
    wait_until_ready(&Service::ready_in(UNIT * 3)).await;
    drop(guard);
    let lines = captured.lines.lock().expect("no panic while logging").clone();
    let verdict = (|| {
        ensure!(lines.len() == 2, "{} events, not 2", lines.len());
        ensure!(lines[1].contains("ask=2"), "the second event says {:?}", lines[1]);
        Ok(())
    })();
    (lines, verdict)
}
// ANCHOR_END: capture
