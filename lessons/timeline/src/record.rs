//! Recording spans against tokio's clock.

use std::sync::{Arc, Mutex, MutexGuard};

use tokio::time::Instant;
use tracing::Instrument;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::{LookupSpan, Registry};

use crate::draw::{Outcome, Span, Timeline};

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
    label: String,
    tokio_task: Option<String>,
    start: Instant,
    end: Option<Instant>,
    finished: bool,
}

struct Log {
    origin: Instant,
    /// Bumped by every restart, so spans opened before it are ignored.
    generation: u64,
    entries: Vec<Entry>,
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
        let log = Log { origin: Instant::now(), generation: 0, entries: Vec::new() };
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
        Registry::default().with(RecordingLayer { recorder: self.clone() })
    }

    /// Forgets everything recorded so far and starts the timeline again at now.
    pub fn restart(&self) {
        let mut log = self.lock();
        log.origin = Instant::now();
        log.generation += 1;
        log.entries.clear();
    }

    /// What has been recorded so far, with times measured from the start.
    /// Spans still open are drawn up to now.
    pub fn timeline(&self) -> Timeline {
        let now = Instant::now();
        let log = self.lock();
        let spans = log.entries.iter().map(|entry| {
            let end = entry.end.unwrap_or(now);
            let outcome = match (entry.finished, entry.end) {
                (true, _) => Outcome::Finished,
                (false, Some(_)) => Outcome::Cancelled,
                (false, None) => Outcome::Running,
            };
            Span {
                label: entry.label.clone(),
                tokio_task: entry.tokio_task.clone(),
                start: entry.start.saturating_duration_since(log.origin),
                end: end.saturating_duration_since(log.origin),
                outcome,
            }
        });
        Timeline::new(spans.collect())
    }

    fn lock(&self) -> MutexGuard<'_, Log> {
        // A panic elsewhere while holding the lock leaves the log usable.
        self.log.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
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

impl<S> Layer<S> for RecordingLayer
where
    S: tracing::Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let mut fields = SpanFields::default();
        attrs.record(&mut fields);
        let label = fields.label.unwrap_or_else(|| attrs.metadata().name().to_string());
        let mut log = self.recorder.lock();
        let entry = Entry {
            label,
            tokio_task: fields.tokio_task,
            start: Instant::now(),
            end: None,
            finished: false,
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
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        self.update(&id, &ctx, |entry| entry.end = Some(Instant::now()));
    }
}

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

#[derive(Default)]
struct SpanFields {
    label: Option<String>,
    tokio_task: Option<String>,
    finished: bool,
}

impl Visit for SpanFields {
    fn record_str(&mut self, field: &Field, value: &str) {
        match field.name() {
            LABEL => self.label = Some(value.to_string()),
            TOKIO_TASK => self.tokio_task = Some(value.to_string()),
            _ => {}
        }
    }

    fn record_bool(&mut self, field: &Field, value: bool) {
        if field.name() == FINISHED {
            self.finished = value;
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == LABEL {
            self.label = Some(format!("{value:?}"));
        }
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
}
