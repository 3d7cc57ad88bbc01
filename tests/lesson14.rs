//! Lesson 14: seeing inside, with tracing.
//!
//! These tests read what your code recorded: the spans it opened, with their
//! names, fields and parents, and the span each event landed in. The helpers
//! at the top do the reading; the tests below them are the specification.

use std::time::Duration;

use timeline::Timeline;
use timeline::grade::{Gen, Run, grade, scenarios, units};
use tokio::time::{Instant, sleep, sleep_until};
use tracing::Instrument;
use tracing_subscriber::Layer;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::registry::Registry;

use crate::exercise::{
    Job, Page, Usage, Usages, busy_time_layer, fetch_all, fetch_with_status, handle_upload, hog,
    run_batch, site, three_requests_in_turn,
};
use crate::reference;

/// The spans called `name` have a field `key`, one span for each of
/// `values`, and no other span of that name.
fn assert_one_span_each<T>(run: &Run<T>, name: &str, key: &str, values: &[&str]) {
    let timeline = &run.timeline;
    let spans = timeline.named(name);
    run.assert_that(
        !spans.is_empty(),
        &format!(
            "no span called {name:?} was recorded: make one per item with \
             `tracing::info_span!({name:?}, {key} = ...)` and attach it to the work"
        ),
    );
    let mut found: Vec<Option<String>> =
        spans.iter().map(|&span| timeline.info(span).field(key).map(String::from)).collect();
    run.assert_that(
        found.iter().all(Option::is_some),
        &format!(
            "a span called {name:?} has no field `{key}`: declare it when you make the span, \
             `info_span!({name:?}, {key} = ...)`; a field of an event inside the span is not a \
             field of the span"
        ),
    );
    let mut expected: Vec<Option<String>> =
        values.iter().map(|value| Some(value.to_string())).collect();
    found.sort();
    expected.sort();
    run.assert_eq(
        found,
        expected,
        &format!("the `{key}` of each span called {name:?}: one span for each, no more, no less"),
    );
}

/// Events `(message, at)` as the tests write them: at whole units.
type Expected<'a> = &'a [(&'a str, u64)];

/// Each span called `name` whose `key` is one of `expected` holds exactly
/// the events listed for it among those named in `messages` (in it, or in a
/// span inside it), and no such event is recorded outside those spans.
fn assert_events_in_their_spans<T>(
    run: &Run<T>,
    name: &str,
    key: &str,
    messages: &[&str],
    expected: &[(&str, Expected<'_>)],
) {
    let timeline = &run.timeline;
    // The nearest span called `name` around an event's span.
    let owner = |mut span: Option<usize>| {
        while let Some(index) = span {
            if timeline.info(index).name == name {
                return Some(index);
            }
            span = timeline.info(index).parent;
        }
        None
    };
    let describe = |events: Vec<(String, Duration)>| -> String {
        let listed: Vec<String> = events
            .iter()
            .map(|(message, at)| format!("{message:?} at {}s", at.as_secs_f64()))
            .collect();
        format!("[{}]", listed.join(", "))
    };
    let watched: Vec<_> = timeline
        .events()
        .iter()
        .filter(|event| messages.contains(&event.message.as_str()))
        .collect();
    let outside: Vec<_> = watched
        .iter()
        .filter(|event| owner(event.span).is_none())
        .map(|event| (event.message.clone(), event.at))
        .collect();
    run.assert_that(
        outside.is_empty(),
        &format!(
            "events were recorded outside any span called {name:?}: {}. A span only \
             contains the events of the code it is attached to (`.instrument(span)`), and a \
             spawned task does not inherit the span of the code that spawned it",
            describe(outside.clone())
        ),
    );
    for (value, events) in expected {
        let Some(span) = timeline
            .named(name)
            .into_iter()
            .find(|&span| timeline.info(span).field(key) == Some(value))
        else {
            continue;
        };
        let held: Vec<_> = watched
            .iter()
            .filter(|event| owner(event.span) == Some(span))
            .map(|event| (event.message.clone(), event.at))
            .collect();
        let wanted: Vec<_> =
            events.iter().map(|(message, at)| (message.to_string(), units(*at))).collect();
        run.assert_that(
            held == wanted,
            &format!(
                "events landed in the wrong span: the span {name}{{{key}={value}}} holds {}, \
                 where the work it stands for recorded {}. A guard from `span.enter()` kept \
                 across an `.await` stays entered while other tasks run, so their events land \
                 in it; `.instrument(span)` enters the span only while its own future runs",
                describe(held.clone()),
                describe(wanted)
            ),
        );
    }
}

/// What [`fetch`](crate::exercise::lesson14::fetch) of `url` records: "sending" at 0 and
/// "received" when the answer comes.
fn fetch_events(url: &str) -> Vec<(&'static str, u64)> {
    vec![("sending", 0), ("received", site(url).0)]
}

const FETCH_EVENTS: [&str; 2] = ["sending", "received"];

fn page(url: &'static str) -> Page {
    Page { url, status: site(url).1 }
}

#[test]
fn fetch_all_puts_each_request_in_a_span_of_its_own_with_its_url() {
    // The slowest first: its "received" comes last, after the others'.
    let urls = vec!["/search", "/home", "/about"];
    let run = grade(move || fetch_all(urls));

    run.assert_value(
        vec![page("/search"), page("/home"), page("/about")],
        "the pages in URL order",
    );
    run.assert_took(3);
    assert_one_span_each(&run, "request", "url", &["/search", "/home", "/about"]);
    assert_events_in_their_spans(
        &run,
        "request",
        "url",
        &FETCH_EVENTS,
        &[
            ("/search", &fetch_events("/search")),
            ("/home", &fetch_events("/home")),
            ("/about", &fetch_events("/about")),
        ],
    );
}

#[test]
fn fetch_all_with_no_urls_opens_no_span() {
    let run = grade(|| fetch_all(Vec::new()));

    run.assert_value(Vec::new(), "no pages");
    run.assert_eq(run.timeline.named("request").len(), 0, "how many request spans were opened");
    run.assert_took(0);
}

#[test]
fn fetch_with_status_records_the_status_once_the_answer_is_in() {
    let urls = vec!["/about", "/nowhere", "/home"];
    let run = grade(move || fetch_with_status(urls));

    run.assert_value(
        vec![page("/about"), page("/nowhere"), page("/home")],
        "the pages in URL order",
    );
    run.assert_took(2);
    assert_one_span_each(&run, "request", "url", &["/about", "/nowhere", "/home"]);
    assert_one_span_each(&run, "request", "status", &["200", "404", "200"]);
    let status_of = |url: &str| {
        let spans = run.timeline.named("request");
        let span = spans.iter().find(|&&span| run.timeline.info(span).field("url") == Some(url));
        span.and_then(|&span| run.timeline.info(span).field("status").map(String::from))
    };
    run.assert_eq(
        status_of("/nowhere").as_deref(),
        Some("404"),
        "the status field of the span of /nowhere: each span holds its own page's status",
    );
    assert_events_in_their_spans(
        &run,
        "request",
        "url",
        &FETCH_EVENTS,
        &[
            ("/about", &fetch_events("/about")),
            ("/nowhere", &fetch_events("/nowhere")),
            ("/home", &fetch_events("/home")),
        ],
    );
}

fn jobs() -> Vec<Job> {
    vec![
        Job { name: "backup", units: 2 },
        Job { name: "report", units: 1 },
        Job { name: "cleanup", units: 3 },
    ]
}

const WORK_EVENTS: [&str; 2] = ["started", "done"];

#[test]
fn run_batch_traces_each_spawned_job_inside_the_batch() {
    let run = grade(|| run_batch("nightly", jobs()));

    run.assert_value(vec!["backup", "report", "cleanup"], "the job names in the order given");
    run.assert_took(3);
    assert_one_span_each(&run, "batch", "name", &["nightly"]);
    assert_one_span_each(&run, "job", "name", &["backup", "report", "cleanup"]);
    let batch = run.timeline.named("batch")[0];
    for job in run.timeline.named("job") {
        let info = run.timeline.info(job);
        run.assert_eq(
            info.parent,
            Some(batch),
            &format!(
                "the parent of the job span {:?} (the index of the batch span among the spans): \
                 a span made inside the batch span, before the task is spawned, has it as its \
                 parent; one made inside the spawned task has none",
                info.field("name").unwrap_or("?")
            ),
        );
    }
    assert_events_in_their_spans(
        &run,
        "job",
        "name",
        &WORK_EVENTS,
        &[
            ("backup", &[("started", 0), ("done", 2)]),
            ("report", &[("started", 0), ("done", 1)]),
            ("cleanup", &[("started", 0), ("done", 3)]),
        ],
    );
}

/// Runs `work` while another task, spawned just before it, wakes at each of
/// `ticks` (from the start) and logs "tick", with how many tasks are alive
/// then (itself included), outside any span of its own; and opens a span
/// "bystander". Returns what `work` returned, and when.
async fn beside_a_bystander<T>(
    ticks: Vec<Duration>,
    work: impl Future<Output = T>,
) -> (T, Duration) {
    let start = Instant::now();
    let bystander = tokio::spawn(async move {
        for at in ticks {
            sleep_until(start + at).await;
            let alive = tokio::runtime::Handle::current().metrics().num_alive_tasks();
            tracing::info!(alive, "tick");
            drop(tracing::info_span!("bystander"));
        }
    });
    let value = work.await;
    let returned = start.elapsed();
    bystander.await.expect("the bystander does not panic");
    (value, returned)
}

/// Half past each of the first three units.
fn ticks_between_the_jobs() -> Vec<Duration> {
    vec![units(1) / 2, units(3) / 2, units(5) / 2]
}

#[test]
fn run_batch_leaves_the_batch_span_while_it_waits() {
    let run = grade(|| beside_a_bystander(ticks_between_the_jobs(), run_batch("nightly", jobs())));

    run.assert_value(
        (vec!["backup", "report", "cleanup"], units(3)),
        "the job names in the order given, after 3 units",
    );
    let timeline = &run.timeline;
    let in_the_batch: Vec<String> = timeline
        .events()
        .iter()
        .filter(|event| event.message == "tick")
        .filter(|event| nearest(timeline, event.span, "batch").is_some())
        .map(|event| format!("\"tick\" at {}s", event.at.as_secs_f64()))
        .collect();
    run.assert_eq(
        in_the_batch,
        Vec::new(),
        "the events of another task (ticks at 0.5, 1.5 and 2.5) that landed in the batch span: \
         none should. A guard from `span.enter()` kept across an `.await` leaves the span \
         entered on the thread while other tasks run; `.instrument(span)` enters it only while \
         its own future runs",
    );
    let adopted = timeline
        .named("bystander")
        .into_iter()
        .filter(|&span| nearest(timeline, timeline.info(span).parent, "batch").is_some())
        .count();
    run.assert_eq(
        adopted,
        0,
        "how many of the spans another task opened during the batch got the batch span as \
         their parent (none should: the batch span is entered only while its own code runs)",
    );
}

#[test]
fn run_batch_runs_each_job_in_a_task_of_its_own() {
    let run = grade(|| beside_a_bystander(ticks_between_the_jobs(), run_batch("nightly", jobs())));

    let alive: Vec<usize> = run
        .timeline
        .events()
        .iter()
        .filter(|event| event.message == "tick")
        .filter_map(|event| event.field("alive")?.parse().ok())
        .collect();
    let at_least = [4, 3, 2];
    run.assert_that(
        alive.len() == at_least.len() && alive.iter().zip(at_least).all(|(&n, least)| n >= least),
        &format!(
            "tasks alive at 0.5, 1.5 and 2.5, counted by another task (itself included): \
             {alive:?}, where each job in a spawned task of its own makes at least {at_least:?} \
             (the 3 jobs and the counter at 0.5, 2 jobs and the counter at 1.5, as report is \
             done at 1, and 1 and the counter at 2.5)"
        ),
    );
}

/// The nearest span called `name` at `span` or around it.
fn nearest(timeline: &Timeline, mut span: Option<usize>, name: &str) -> Option<usize> {
    while let Some(index) = span {
        if timeline.info(index).name == name {
            return Some(index);
        }
        span = timeline.info(index).parent;
    }
    None
}

/// Runs `work` with the learner's layer as the only subscriber, and returns
/// what it measured.
async fn measure<F: Future<Output = ()>>(work: F) -> Vec<Usage> {
    measure_with(busy_time_layer, work).await
}

/// Runs `work` with the layer `layer` makes as the only subscriber, and
/// returns what it measured.
async fn measure_with<F: Future<Output = ()>>(layer: MakeLayer, work: F) -> Vec<Usage> {
    let usages = Usages::default();
    let subscriber = Registry::default().with(layer(usages.clone()));
    let _measuring = tracing::subscriber::set_default(subscriber);
    work.await;
    usages.by_name()
}

/// What `busy_time_layer` is: a function from where to put the usages to a
/// layer.
type MakeLayer = fn(Usages) -> Box<dyn Layer<Registry> + Send + Sync>;

fn usage(span: &'static str, busy: u64, idle: u64) -> Usage {
    Usage { span, busy: units(busy), idle: units(idle) }
}

#[test]
fn busy_time_layer_finds_the_task_that_blocks() {
    let run = grade(|| measure(handle_upload()));

    run.assert_value(
        vec![usage("checksum", 2, 0), usage("resize", 1, 3), usage("upload", 0, 5)],
        "each span's busy and idle time, by span name: checksum kept the thread for 2 units, \
         so upload and resize, created at 0, waited until 2 for their first turn (idle); \
         resize's second step enters its span again inside itself, which is still 1 unit busy",
    );
    run.assert_took(5);
}

#[test]
fn busy_time_layer_counts_a_span_entered_inside_itself_once_when_time_passes_between() {
    let run = grade(|| {
        measure(async {
            async {
                // One unit of work, then, still inside, a step that enters
                // the span again and works one unit more.
                tokio::join!(hog(1), hog(1).in_current_span());
            }
            .instrument(tracing::info_span!("resize"))
            .await;
        })
    });

    run.assert_value(
        vec![usage("resize", 2, 0)],
        "resize busy 2 units and idle 0: it was entered all along, from 0 to 2, and the enter \
         inside it at 1 does not end or restart that (count how deep a span is entered: an \
         enter or exit inside it changes nothing)",
    );
    run.assert_took(2);
}

#[test]
fn busy_time_layer_measures_each_span_on_its_own() {
    let run = grade(|| measure(three_requests_in_turn()));

    run.assert_value(
        vec![usage("request", 1, 2), usage("request", 1, 2), usage("request", 1, 2)],
        "three request spans one after another, each busy 1 unit and idle 2",
    );
    run.assert_took(9);
}

#[test]
fn busy_time_layer_counts_a_span_kept_open_after_its_work_as_idle() {
    let run = grade(|| {
        measure(async {
            let report = tracing::info_span!("report");
            report.in_scope(|| ());
            tokio::time::sleep(units(2)).await;
            drop(report);
        })
    });

    run.assert_value(
        vec![usage("report", 0, 2)],
        "a span entered and left at 0, then kept open until 2: the 2 units between its last \
         exit and its close are idle time too",
    );
}

// Scenario tests: each function on generated inputs, compared with the
// reference solution on what the spec fixes: the value, when it returned,
// the spans the spec names (by their fields and the spans around them), and
// which of them each event landed in. When spans open and close is left to
// you. URLs and job names repeat; a batch runs beside another task that logs
// between the jobs' ends; the layer measures workloads of several tasks,
// spans of one name open at once, and enters inside enters with time
// between them.

#[test]
fn fetch_all_matches_the_reference_on_generated_urls() {
    scenarios().count(60).compare_by(generated_urls, fetch_all, reference::fetch_all, |run| {
        requests_seen(run, &["url"])
    });
}

#[test]
fn fetch_with_status_matches_the_reference_on_generated_urls() {
    scenarios().count(60).compare_by(
        generated_urls,
        fetch_with_status,
        reference::fetch_with_status,
        |run| requests_seen(run, &["url", "status"]),
    );
}

#[test]
fn run_batch_matches_the_reference_on_generated_batches() {
    scenarios().count(80).compare_by(
        generated_batch,
        |batch| beside_a_bystander(batch.ticks, run_batch(batch.name, batch.jobs)),
        |batch| beside_a_bystander(batch.ticks, reference::run_batch(batch.name, batch.jobs)),
        batch_seen,
    );
}

#[test]
fn busy_time_layer_matches_the_reference_on_generated_workloads() {
    scenarios().count(100).compare(
        generated_workload,
        |workers| measure_with(busy_time_layer, run_workers(workers)),
        |workers| measure_with(reference::busy_time_layer, run_workers(workers)),
    );
}

/// What a scenario test compares of a traced run: the value (with when
/// the function returned, where that is part of it), the spans the spec
/// names, and the events with the spans they landed in.
#[derive(Debug)]
#[allow(dead_code)] // Read through `Debug`, by the comparison.
struct Traced {
    value: String,
    spans: Vec<String>,
    /// In time order (events at one instant by their text).
    events: Vec<String>,
}

/// Events `(at, what)` in time order, those at one instant by their text,
/// each as "at 1.5s: what".
fn in_time_order(mut events: Vec<(Duration, String)>) -> Vec<String> {
    events.sort();
    events.into_iter().map(|(at, what)| format!("at {}s: {what}", at.as_secs_f64())).collect()
}

/// What the spec of a traced fetch fixes: the pages and when they were all
/// in, each `request` span by the fields in `keys`, and each event of a
/// fetch with the `request` span it landed in.
fn requests_seen(run: &Run<Vec<Page>>, keys: &[&str]) -> Traced {
    let timeline = &run.timeline;
    let describe = |span: Option<usize>| match nearest(timeline, span, "request") {
        Some(request) => fields(timeline, request, keys),
        None => "no request span".to_string(),
    };
    let mut spans: Vec<String> =
        timeline.named("request").into_iter().map(|span| describe(Some(span))).collect();
    spans.sort();
    let events = timeline
        .events()
        .iter()
        .filter(|event| FETCH_EVENTS.contains(&event.message.as_str()))
        .map(|event| (event.at, format!("{:?} in {}", event.message, describe(event.span))))
        .collect();
    Traced {
        value: format!("{:?} after {:?}", run.value, run.elapsed),
        spans,
        events: in_time_order(events),
    }
}

/// A span's name and the fields among `keys` it has: `request{url=/home}`.
fn fields(timeline: &Timeline, span: usize, keys: &[&str]) -> String {
    let info = timeline.info(span);
    let listed: Vec<String> = keys
        .iter()
        .filter_map(|key| info.field(key).map(|value| format!("{key}={value}")))
        .collect();
    if listed.is_empty() { info.name } else { format!("{}{{{}}}", info.name, listed.join(" ")) }
}

/// 0 to 8 URLs of the site, repeats likely: 3, 2 or 1 units, or 2 and a 404.
fn generated_urls(g: &mut Gen) -> Vec<&'static str> {
    let count = g.count();
    g.items(count, |g| g.pick(&["/search", "/about", "/home", "/nowhere", "/login"]))
}

/// A batch, and when the task beside it logs.
#[derive(Clone, Debug)]
struct Batch {
    name: &'static str,
    jobs: Vec<Job>,
    ticks: Vec<Duration>,
}

/// 0 to 8 jobs of 0 to 4 units, names repeating, and up to four ticks of
/// the task beside the batch, each half a unit after a whole one (so never
/// at the instant a job ends, where which of the two runs first would be a
/// matter of scheduling).
fn generated_batch(g: &mut Gen) -> Batch {
    let count = g.count();
    let jobs = g.items(count, |g| Job { name: g.name(), units: g.between(0, 4) });
    let tick_count = g.between(0, 4) as usize;
    let mut ticks = g.items(tick_count, |g| units(g.between(0, 4)) + units(1) / 2);
    ticks.sort();
    Batch { name: g.pick(&["nightly", "hourly"]), jobs, ticks }
}

/// The kinds of span the spec of `run_batch` names, and the bystander's.
const KINDS: [&str; 3] = ["batch", "job", "bystander"];

/// What the spec of `run_batch` fixes: the names and when they were
/// returned; each `batch`, `job` and `bystander` span, by its `name` field
/// and the spans of those kinds around it; and each event with the spans it
/// landed in, a tick with whether each job then running had a task of its
/// own.
fn batch_seen(run: &Run<(Vec<&'static str>, Duration)>) -> Traced {
    let timeline = &run.timeline;
    let named = |span: usize| KINDS.contains(&timeline.info(span).name.as_str());
    let place = |mut span: Option<usize>| {
        let mut around = Vec::new();
        while let Some(index) = span {
            if named(index) {
                around.push(fields(timeline, index, &["name"]));
            }
            span = timeline.info(index).parent;
        }
        if around.is_empty() { "no span".to_string() } else { around.join(" in ") }
    };
    // Spans of other names (one of your own, say) are left out.
    let mut spans: Vec<String> = (0..timeline.spans().len())
        .filter(|&span| named(span))
        .map(|span| place(Some(span)))
        .collect();
    spans.sort();
    // A tick says whether every job then running had a task of its own
    // (more tasks are allowed), or how many tasks there were.
    let events_until = |message: &str, at: Duration| {
        timeline.events().iter().filter(|e| e.message == message && e.at <= at).count()
    };
    let events = timeline
        .events()
        .iter()
        .map(|event| {
            let tasks = event.field("alive").and_then(|n| n.parse::<usize>().ok()).map(|alive| {
                let running = events_until("started", event.at) - events_until("done", event.at);
                if alive > running {
                    " (a task for each job running)".to_string()
                } else {
                    format!(
                        " ({alive} tasks alive, the ticker's included, and {running} jobs running)"
                    )
                }
            });
            let what = format!(
                "{:?}{} in {}",
                event.message,
                tasks.unwrap_or_default(),
                place(event.span)
            );
            (event.at, what)
        })
        .collect();
    Traced { value: format!("{:?}", run.value), spans, events: in_time_order(events) }
}

/// What a generated task does, step by step, inside its span.
#[derive(Clone, Debug)]
enum Step {
    /// Keeps the thread for this long ([`hold`]).
    Busy(Duration),
    /// Waits this long (`sleep`).
    Wait(Duration),
    /// Keeps the thread for `first`, and meanwhile runs `steps` in a future
    /// that enters the span again (`.in_current_span()`), joined with it: an
    /// enter inside an enter, with time between the two.
    Inside { first: Duration, steps: Vec<Step> },
}

/// A task of a generated workload.
#[derive(Clone, Debug)]
struct Worker {
    /// Its span's name; several tasks may share one.
    span: &'static str,
    /// Its steps, run inside its span.
    steps: Vec<Step>,
    /// How long its span stays open after the steps.
    kept_open: Duration,
}

/// Up to four tasks (their spans made at 0, names repeating), each of up
/// to four steps (fewer in smaller scenarios) of 0 to 2 units, often between
/// whole units.
fn generated_workload(g: &mut Gen) -> Vec<Worker> {
    let count = g.count().min(4);
    g.items(count, |g| {
        let step_count = g.between(0, g.size().min(4) as u64) as usize;
        let steps = g.items(step_count, |g| match g.below(4) {
            0 => {
                let first = some_time(g);
                let inner_count = g.between(1, 2) as usize;
                Step::Inside { first, steps: g.items(inner_count, plain_step) }
            }
            _ => plain_step(g),
        });
        let kept_open = if g.chance(30) { some_time(g) } else { Duration::ZERO };
        Worker { span: g.pick(&["checksum", "upload", "request"]), steps, kept_open }
    })
}

/// A step that keeps the thread or waits.
fn plain_step(g: &mut Gen) -> Step {
    if g.chance(50) { Step::Busy(some_time(g)) } else { Step::Wait(some_time(g)) }
}

/// 0 to 2 units, often between whole units.
fn some_time(g: &mut Gen) -> Duration {
    g.duration(Duration::ZERO, units(2), units(1))
}

/// Spawns every worker, each in its span made now, and waits for them all.
async fn run_workers(workers: Vec<Worker>) {
    let tasks: Vec<_> = workers
        .into_iter()
        .map(|worker| {
            let span = span_named(worker.span);
            let kept = span.clone();
            tokio::spawn(async move {
                run_steps(worker.steps).instrument(span).await;
                sleep(worker.kept_open).await;
                drop(kept);
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("a worker does not panic");
    }
}

/// A span called `name` (a span's name must be known when the code is
/// compiled, so each is written out).
fn span_named(name: &str) -> tracing::Span {
    match name {
        "checksum" => tracing::info_span!("checksum"),
        "upload" => tracing::info_span!("upload"),
        _ => tracing::info_span!("request"),
    }
}

/// Runs `steps` in order, in the current span.
fn run_steps(steps: Vec<Step>) -> std::pin::Pin<Box<dyn Future<Output = ()> + Send>> {
    Box::pin(async move {
        for step in steps {
            match step {
                Step::Busy(time) => hold(time).await,
                Step::Wait(time) => sleep(time).await,
                Step::Inside { first, steps } => {
                    tokio::join!(hold(first), run_steps(steps).in_current_span());
                }
            }
        }
    })
}

/// Keeps the thread for `time`, as [`hog`] does for whole units.
async fn hold(time: Duration) {
    tokio::time::advance(time).await;
}
