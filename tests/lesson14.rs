//! Lesson 14: seeing inside, with tracing.
//!
//! These tests read what your code recorded: the spans it opened, with their
//! names, fields and parents, and the span each event landed in. The helpers
//! at the top do the reading; the tests below them are the specification.

use std::time::Duration;

use timeline::grade::{Run, grade, units};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::registry::Registry;

use crate::exercise::{
    Job, Page, Usage, Usages, busy_time_layer, fetch_all, fetch_with_status, handle_upload,
    run_batch, site, three_requests_in_turn,
};

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

/// Runs `work` with the learner's layer as the only subscriber, and returns
/// what it measured.
async fn measure<F: Future<Output = ()>>(work: F) -> Vec<Usage> {
    let usages = Usages::default();
    let subscriber = Registry::default().with(busy_time_layer(usages.clone()));
    let _measuring = tracing::subscriber::set_default(subscriber);
    work.await;
    usages.by_name()
}

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
