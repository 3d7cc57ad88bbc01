//! Recording spans against tokio's clock.

use std::sync::{Arc, Mutex, MutexGuard};

use tokio::time::Instant;
use tracing::Instrument;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::{LookupSpan, Registry};

use crate::draw::{Outcome, Span, Timeline};
use crate::trace::{Event, SpanInfo};

/// The span field that names a row of the timeline.
const LABEL: &str = "task";
/// The span field that [`traced`] sets once its work has run to the end.
const FINISHED: &str = "finished";
/// The span field holding the id of the tokio task it ran in, if any.
const TOKIO_TASK: &str = "tokio_task";

/// Runs `work` inside a span labelled `label`, so that a [`Recorder`] sees
/// when it started, when it ended, and whether it ran to the end.
///
/// The span opens when the returned future is first polled, not when it is
/// created: a future that is never awaited never shows up.
pub async fn traced<F: Future>(label: &str, work: F) -> F::Output {
    let span = tracing::info_span!(
        "traced",
        task = label,
        finished = tracing::field::Empty,
        tokio_task = tracing::field::Empty
    );
    // Outside any spawned task (in `block_on`, say) there is no id.
    if let Some(id) = tokio::task::try_id() {
        span.record(TOKIO_TASK, id.to_string());
    }
    let output = work.instrument(span.clone()).await;
    span.record(FINISHED, true);
    output
}

/// Records an instant event, such as a cleanup running, as a zero-length
/// finished span labelled `label`. It works in synchronous code too, so a
/// `Drop` implementation can mark when it ran.
pub fn mark(label: &str) {
    let span = tracing::info_span!("mark", task = label, finished = tracing::field::Empty);
    span.record(FINISHED, true);
}

/// What the recorder knows about one span.
struct Entry {
    /// The `task` field, if the span has one.
    label: Option<String>,
    name: &'static str,
    /// Every field but the recorder's own (`finished`, `tokio_task`).
    fields: Vec<(String, String)>,
    /// The parent span's place in the log.
    parent: Option<usize>,
    tokio_task: Option<String>,
    start: Instant,
    end: Option<Instant>,
    finished: bool,
    /// Whether the span has a `finished` field ([`traced`] and [`mark`]
    /// spans do). Any other span counts as finished once it closes: only
    /// [`traced`] can tell work that ran to its end from work dropped midway.
    tells_finish: bool,
}

struct Log {
    origin: Instant,
    /// Bumped by every restart, so spans opened before it are ignored.
    generation: u64,
    entries: Vec<Entry>,
    events: Vec<EventEntry>,
}

/// What the recorder knows about one event.
struct EventEntry {
    at: Instant,
    message: String,
    fields: Vec<(String, String)>,
    /// The place in the log of the span it happened inside.
    span: Option<usize>,
}

/// Collects spans as they open and close; clone it freely, all clones share
/// one log.
#[derive(Clone)]
pub struct Recorder {
    log: Arc<Mutex<Log>>,
}

impl Default for Recorder {
    fn default() -> Self {
        Self::new()
    }
}

impl Recorder {
    /// A recorder whose timeline starts now (tokio's now: virtual when the
    /// clock is paused).
    pub fn new() -> Self {
        let log =
            Log { origin: Instant::now(), generation: 0, entries: Vec::new(), events: Vec::new() };
        Recorder { log: Arc::new(Mutex::new(log)) }
    }

    /// Installs a new recorder for the whole process and returns it.
    ///
    /// # Panics
    /// If a global `tracing` subscriber is already set.
    pub fn install() -> Self {
        let recorder = Recorder::new();
        tracing::subscriber::set_global_default(recorder.subscriber())
            .expect("a global tracing subscriber was already installed");
        recorder
    }

    /// Records spans created on this thread until the guard is dropped.
    /// Graded tests use this: each test runs on its own thread.
    pub fn install_for_this_thread(&self) -> tracing::subscriber::DefaultGuard {
        tracing::subscriber::set_default(self.subscriber())
    }

    fn subscriber(&self) -> impl tracing::Subscriber + Send + Sync + 'static {
        Registry::default().with(self.layer())
    }

    /// The recorder as a `tracing` [`Layer`], to stack with others on one
    /// subscriber (a `tracing_subscriber::fmt` layer that prints, say):
    /// `Registry::default().with(recorder.layer()).with(other)`.
    pub fn layer<S>(&self) -> impl Layer<S> + Send + Sync + 'static
    where
        S: tracing::Subscriber + for<'a> LookupSpan<'a>,
    {
        RecordingLayer { recorder: self.clone() }
    }

    /// Forgets everything recorded so far and starts the timeline again at now.
    pub fn restart(&self) {
        let mut log = self.lock();
        log.origin = Instant::now();
        log.generation += 1;
        log.entries.clear();
        log.events.clear();
    }

    /// What has been recorded so far, with times measured from the start.
    /// Spans still open are drawn up to now.
    pub fn timeline(&self) -> Timeline {
        let now = Instant::now();
        let log = self.lock();
        let spans = log.entries.iter().map(|entry| {
            let end = entry.end.unwrap_or(now);
            let finished = entry.finished || (!entry.tells_finish && entry.end.is_some());
            let outcome = match (finished, entry.end) {
                (true, _) => Outcome::Finished,
                (false, Some(_)) => Outcome::Cancelled,
                (false, None) => Outcome::Running,
            };
            let span = Span {
                label: entry.label.clone().unwrap_or_else(|| entry.describe()),
                tokio_task: entry.tokio_task.clone(),
                start: entry.start.saturating_duration_since(log.origin),
                end: end.saturating_duration_since(log.origin),
                outcome,
            };
            let info = SpanInfo {
                name: entry.name.to_string(),
                fields: entry.fields.clone(),
                parent: entry.parent,
            };
            (span, info)
        });
        let events = log.events.iter().map(|event| Event {
            at: event.at.saturating_duration_since(log.origin),
            message: event.message.clone(),
            fields: event.fields.clone(),
            span: event.span,
        });
        Timeline::recorded(spans.collect(), events.collect())
    }

    fn lock(&self) -> MutexGuard<'_, Log> {
        // A panic elsewhere while holding the lock leaves the log usable.
        self.log.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Entry {
    /// The row's label for a span without a `task` field: its name and
    /// fields, `request{url=/home}`, as `tracing_subscriber::fmt` shows them.
    fn describe(&self) -> String {
        if self.fields.is_empty() {
            return self.name.to_string();
        }
        let fields: Vec<String> =
            self.fields.iter().map(|(name, value)| format!("{name}={value}")).collect();
        format!("{}{{{}}}", self.name, fields.join(" "))
    }
}

/// Where a span's entry lives in the log; kept in the span's extensions.
struct EntryIndex {
    generation: u64,
    index: usize,
}

struct RecordingLayer {
    recorder: Recorder,
}

// ANCHOR: layer
impl<S> Layer<S> for RecordingLayer
where
    S: tracing::Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let mut fields = SpanFields::default();
        attrs.record(&mut fields);
        let parent = ctx.span(id).and_then(|span| span.parent()).and_then(|parent| {
            let extensions = parent.extensions();
            extensions.get::<EntryIndex>().map(|place| (place.generation, place.index))
        });
        let mut log = self.recorder.lock();
        let parent = parent.filter(|(generation, _)| *generation == log.generation);
        let entry = Entry {
            label: fields.label,
            name: attrs.metadata().name(),
            fields: fields.others,
            parent: parent.map(|(_, index)| index),
            tokio_task: fields.tokio_task,
            start: Instant::now(),
            end: None,
            finished: false,
            tells_finish: attrs.metadata().fields().field(FINISHED).is_some(),
        };
        log.entries.push(entry);
        let index = EntryIndex { generation: log.generation, index: log.entries.len() - 1 };
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(index);
        }
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        let mut fields = SpanFields::default();
        values.record(&mut fields);
        if fields.finished {
            self.update(id, &ctx, |entry| entry.finished = true);
        }
        if let Some(task) = fields.tokio_task {
            self.update(id, &ctx, |entry| entry.tokio_task = Some(task));
        }
        for (name, value) in fields.others {
            self.update(id, &ctx, |entry| match entry.fields.iter_mut().find(|f| f.0 == name) {
                Some(field) => field.1 = value,
                None => entry.fields.push((name, value)),
            });
        }
    }

    fn on_event(&self, event: &tracing::Event<'_>, ctx: Context<'_, S>) {
        let mut fields = SpanFields::default();
        event.record(&mut fields);
        let span = ctx.event_span(event).and_then(|span| {
            let extensions = span.extensions();
            extensions.get::<EntryIndex>().map(|place| (place.generation, place.index))
        });
        let mut log = self.recorder.lock();
        let span = span.filter(|(generation, _)| *generation == log.generation);
        let mut others = fields.others;
        let message = match others.iter().position(|(name, _)| name == MESSAGE) {
            Some(at) => others.remove(at).1,
            None => String::new(),
        };
        let at = Instant::now();
        let span = span.map(|(_, index)| index);
        log.events.push(EventEntry { at, message, fields: others, span });
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        self.update(&id, &ctx, |entry| entry.end = Some(Instant::now()));
    }
}
// ANCHOR_END: layer

impl RecordingLayer {
    fn update<S>(&self, id: &Id, ctx: &Context<'_, S>, change: impl FnOnce(&mut Entry))
    where
        S: tracing::Subscriber + for<'a> LookupSpan<'a>,
    {
        let Some(span) = ctx.span(id) else { return };
        let extensions = span.extensions();
        let Some(place) = extensions.get::<EntryIndex>() else { return };
        let mut log = self.recorder.lock();
        if place.generation == log.generation {
            change(&mut log.entries[place.index]);
        }
    }
}

/// The field that holds an event's message.
const MESSAGE: &str = "message";

#[derive(Default)]
struct SpanFields {
    label: Option<String>,
    tokio_task: Option<String>,
    finished: bool,
    /// Every other field, with its value as text.
    others: Vec<(String, String)>,
}

impl Visit for SpanFields {
    fn record_str(&mut self, field: &Field, value: &str) {
        match field.name() {
            LABEL => self.label = Some(value.to_string()),
            TOKIO_TASK => self.tokio_task = Some(value.to_string()),
            _ => {}
        }
        if field.name() != TOKIO_TASK {
            self.others.push((field.name().to_string(), value.to_string()));
        }
    }

    fn record_bool(&mut self, field: &Field, value: bool) {
        if field.name() == FINISHED {
            self.finished = value;
        } else {
            self.others.push((field.name().to_string(), value.to_string()));
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        // `%value` fields and messages arrive here and print without quotes.
        let text = format!("{value:?}");
        if field.name() == LABEL {
            self.label = Some(text.clone());
        }
        self.others.push((field.name().to_string(), text));
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use tokio::time::sleep;

    use super::*;

    fn secs(n: u64) -> Duration {
        Duration::from_secs(n)
    }

    fn timeline_end(recorder: &Recorder, label: &str) -> Span {
        recorder.timeline().span(label).cloned().expect("the span was recorded")
    }

    #[tokio::test(start_paused = true)]
    async fn records_start_end_and_outcome_on_the_virtual_clock() {
        let recorder = Recorder::new();
        let _guard = recorder.install_for_this_thread();

        let short = traced("short", sleep(Duration::from_secs(1)));
        let long = traced("long", sleep(Duration::from_secs(5)));
        // `select!` drops the long one when the short one finishes.
        tokio::select! {
            _ = short => {}
            _ = long => {}
        }
        sleep(Duration::from_secs(1)).await;
        let never_awaited = traced("never awaited", sleep(Duration::from_secs(1)));
        drop(never_awaited);

        let timeline = recorder.timeline();
        let short = timeline.span("short").unwrap();
        assert_eq!((short.start, short.end), (Duration::ZERO, Duration::from_secs(1)));
        assert_eq!(short.outcome, Outcome::Finished);
        let long = timeline.span("long").unwrap();
        assert_eq!(long.end, Duration::from_secs(1));
        assert_eq!(long.outcome, Outcome::Cancelled);
        assert!(timeline.span("never awaited").is_none());
        mark("the end");
        let the_end = timeline_end(&recorder, "the end");
        assert_eq!(
            (the_end.start, the_end.end, the_end.outcome),
            (secs(2), secs(2), Outcome::Finished)
        );
        assert_eq!(short.tokio_task, None, "it ran in block_on, not in a spawned task");
    }

    #[tokio::test(start_paused = true)]
    async fn an_open_span_is_running_until_now_and_restart_forgets() {
        let recorder = Recorder::new();
        let _guard = recorder.install_for_this_thread();
        let task = tokio::spawn(traced("background", sleep(Duration::from_secs(10))));
        sleep(Duration::from_secs(2)).await;

        let background = recorder.timeline().span("background").cloned().unwrap();
        assert_eq!(background.outcome, Outcome::Running);
        assert!(background.tokio_task.is_some(), "it ran in a spawned task");
        assert_eq!(background.end, Duration::from_secs(2));

        recorder.restart();
        task.await.unwrap();
        assert!(recorder.timeline().spans().is_empty());
    }

    #[tokio::test(start_paused = true)]
    async fn records_names_fields_parents_and_events_in_their_spans() {
        let recorder = Recorder::new();
        let _guard = recorder.install_for_this_thread();
        let outer = tracing::info_span!("batch", size = 2);
        let request = tracing::info_span!(parent: &outer, "request", url = "/a", status = tracing::field::Empty);
        tracing::info!("before any span");
        async {
            tracing::info!(bytes = 10, "sending");
            sleep(secs(1)).await;
            tracing::Span::current().record("status", 200);
        }
        .instrument(request)
        .await;
        outer.in_scope(|| tracing::debug!("in the batch"));
        drop(outer);

        let timeline = recorder.timeline();
        let request = timeline.named("request")[0];
        let info = timeline.info(request);
        assert_eq!(info.field("url"), Some("/a"));
        assert_eq!(info.field("status"), Some("200"), "recorded after it opened");
        let batch = timeline.named("batch")[0];
        assert_eq!(info.parent, Some(batch));
        assert_eq!(timeline.spans()[request].label, "request{url=/a status=200}");
        assert_eq!(timeline.spans()[batch].label, "batch{size=2}");
        assert_eq!(
            timeline.spans()[request].outcome,
            Outcome::Finished,
            "a span without a `finished` field has finished once it closed"
        );

        let events = timeline.events();
        assert_eq!(events.len(), 3);
        assert_eq!((events[0].message.as_str(), events[0].span), ("before any span", None));
        assert_eq!((events[1].at, events[1].span), (Duration::ZERO, Some(request)));
        assert_eq!(events[1].field("bytes"), Some("10"));
        assert_eq!((events[2].message.as_str(), events[2].span), ("in the batch", Some(batch)));
        assert_eq!(events[2].at, secs(1));

        recorder.restart();
        assert!(recorder.timeline().events().is_empty());
    }
}
