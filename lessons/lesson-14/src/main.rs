//! Lesson 14: seeing inside, with tracing and tracing-subscriber.
//!
//! Three requests that wait together print their log lines mixed up: which
//! "received" belongs to which request? A span (work with a start and an
//! end, and fields) attached to each request's future answers it, however
//! the requests interleave. A subscriber decides what happens to spans and
//! events: here one layer prints them (`tracing_subscriber::fmt`, filtered
//! by `RUST_LOG`) and another draws the timeline.
//!
//! Run it: `cargo run -p lesson-14` (real clock),
//! `cargo run -p lesson-14 -- --virtual-clock` (exact and instant), and
//! `RUST_LOG=debug cargo run -p lesson-14` to see every event, the
//! libraries' too (`RUST_LOG=lesson_14=debug`: this program's only).

use std::time::Duration;

use futures::future::join_all;
use timeline::Recorder;
use timeline::lesson::{Clock, introduce, secs, section, show};
use tokio::time::{Instant, sleep};
use tracing::Instrument;
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::time::FormatTime;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::{EnvFilter, Layer, Registry};

/// One unit of the story: the whole lesson takes about 2 seconds.
const UNIT: Duration = Duration::from_millis(100);

/// The URLs of the story and how many units each takes to answer.
const SITE: [(&str, u32); 3] = [("/search", 3), ("/home", 1), ("/about", 2)];

fn main() -> anyhow::Result<()> {
    let clock = Clock::from_args();
    clock.runtime()?.block_on(async {
        let recorder = Recorder::new();
        install(&recorder)?;
        introduce("Lesson 14: seeing inside, with tracing", clock, UNIT);
        lesson(&recorder, clock).await;
        Ok(())
    })
}

// ANCHOR: subscriber
/// One subscriber, two layers: the timeline recorder sees every span, and a
/// `fmt` layer prints the events its filter lets through. `RUST_LOG` sets
/// the filter (`debug`, `lesson_14=debug`); without it, this program's own
/// events at `info` and above.
fn install(recorder: &Recorder) -> anyhow::Result<()> {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("lesson_14=info"));
    let print = tracing_subscriber::fmt::layer()
        .with_timer(SinceStart(Instant::now()))
        .with_ansi(false)
        .with_filter(filter);
    let subscriber = Registry::default().with(recorder.layer()).with(print);
    tracing::subscriber::set_global_default(subscriber)?;
    Ok(())
}
// ANCHOR_END: subscriber

/// Prints the time on tokio's clock since the program started, so that the
/// virtual clock gives the same lines every run.
struct SinceStart(Instant);

impl FormatTime for SinceStart {
    fn format_time(&self, w: &mut Writer<'_>) -> std::fmt::Result {
        write!(w, "{:.3}s", self.0.elapsed().as_secs_f64())
    }
}

async fn lesson(recorder: &Recorder, clock: Clock) {
    section(1, "Events alone: whose \"received\" is this?");
    let (_, took) = timed(join_all(SITE.map(|(_, units)| fetch(units)))).await;
    println!("three requests together: {}; the lines above do not say which is which", secs(took));

    section(2, "One span per request, attached with .instrument");
    recorder.restart();
    join_all(SITE.map(|(url, units)| fetch_in_span(url, units))).await;
    show(&recorder.timeline());
    println!("each line now starts with its request's span; so does each row of the timeline");

    section(3, "#[tracing::instrument]: the span made for you");
    join_all(SITE.map(|(url, units)| fetch_page(url, units))).await;

    section(4, "The mistake: span.enter() kept across an .await");
    join_all(SITE.map(|(url, units)| fetch_entered(url, units))).await;
    println!(
        "the first \"received\" is /home's (1 unit after the sends), yet it printed inside \
         /about's span, nested in the others: each span was made while the earlier ones were \
         still entered"
    );

    section(5, "The task that blocks");
    recorder.restart();
    let ((), took) = timed(upload(clock)).await;
    show(&recorder.timeline());
    println!(
        "all three took {}: each bar starts when its span was made, at 0, but upload and resize \
         said \"started\" 2 units after checksum did, because checksum held the thread until \
         then; so they ended at 5 and 3 units, not at 3 and 1",
        secs(took)
    );
    println!("a layer that times each span's enters and exits finds the culprit");
}

/// Awaits `work` and returns how long it took on the lesson's clock.
async fn timed<F: Future>(work: F) -> (F::Output, Duration) {
    let started = Instant::now();
    let output = work.await;
    (output, started.elapsed())
}

// ANCHOR: fetch
/// A request that answers after `units`: it says so with two events, and
/// neither names the URL, as a library's log lines often do not.
async fn fetch(units: u32) -> u16 {
    tracing::debug!(units, "connecting");
    tracing::info!("sending");
    sleep(UNIT * units).await;
    tracing::info!(status = 200, "received");
    200
}
// ANCHOR_END: fetch

// ANCHOR: instrument
async fn fetch_in_span(url: &'static str, units: u32) -> u16 {
    // Entered each time the future is polled, left at each `.await` that waits.
    fetch(units).instrument(tracing::info_span!("request", url)).await
}
// ANCHOR_END: instrument

// ANCHOR: attribute
/// A span named after the function, with its arguments as fields (here
/// only `url`); `status` is declared empty and recorded once known.
#[tracing::instrument(skip(units), fields(status))]
async fn fetch_page(url: &'static str, units: u32) -> u16 {
    let status = fetch(units).await;
    tracing::Span::current().record("status", status);
    tracing::info!("done");
    status
}
// ANCHOR_END: attribute

// ANCHOR: entered
async fn fetch_entered(url: &'static str, units: u32) -> u16 {
    let span = tracing::info_span!("request", url);
    // Wrong in async code: the guard keeps the span entered on this thread
    // while this future waits and the others run.
    let _entered = span.enter();
    fetch(units).await
}
// ANCHOR_END: entered

// ANCHOR: blocking
/// Three tasks, each in its span; checksum keeps the thread for 2 units.
async fn upload(clock: Clock) {
    let checksum = tokio::spawn(
        async move {
            tracing::info!("started");
            hold_the_thread(clock, UNIT * 2).await;
        }
        .instrument(tracing::info_span!("checksum")),
    );
    let upload = tokio::spawn(step(3).instrument(tracing::info_span!("upload")));
    let resize = tokio::spawn(step(1).instrument(tracing::info_span!("resize")));
    for task in [checksum, upload, resize] {
        task.await.expect("no task panics");
    }
}

async fn step(units: u32) {
    tracing::info!("started");
    sleep(UNIT * units).await;
}
// ANCHOR_END: blocking

/// Keeps the thread busy for `duration`. On the virtual clock a blocked
/// thread would take no time at all, so there the clock is moved forward by
/// `duration` before the task lets the others run: what the real clock shows.
async fn hold_the_thread(clock: Clock, duration: Duration) {
    match clock {
        Clock::Real => std::thread::sleep(duration),
        Clock::Virtual => tokio::time::advance(duration).await,
    }
}
