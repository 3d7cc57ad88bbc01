//! Lesson 14, solved: seeing inside, with tracing.

use futures::future::join_all;
use tokio::time::Instant;
use tracing::span::{Attributes, Id};
use tracing::{Instrument, Subscriber};
use tracing_subscriber::Layer;
use tracing_subscriber::layer::Context;
use tracing_subscriber::registry::{LookupSpan, Registry};

pub use given::lesson14::{
    Job, Page, Usage, Usages, fetch, handle_upload, hog, site, three_requests_in_turn, work,
};

// ANCHOR: fetch_all
/// `.instrument` enters the span on every poll of its future and leaves it
/// at every `.await` that waits, so each fetch's events land in its own span
/// however the fetches interleave.
pub async fn fetch_all(urls: Vec<&'static str>) -> Vec<Page> {
    let fetches =
        urls.into_iter().map(|url| fetch(url).instrument(tracing::info_span!("request", url)));
    join_all(fetches).await
}
// ANCHOR_END: fetch_all

// ANCHOR: fetch_with_status
/// A field must be declared when the span is made; `Empty` declares it
/// without a value, and `record` fills it in once the answer is known.
pub async fn fetch_with_status(urls: Vec<&'static str>) -> Vec<Page> {
    let fetches = urls.into_iter().map(|url| {
        let span = tracing::info_span!("request", url, status = tracing::field::Empty);
        async move {
            let page = fetch(url).await;
            tracing::Span::current().record("status", page.status);
            page
        }
        .instrument(span)
    });
    join_all(fetches).await
}
// ANCHOR_END: fetch_with_status

// ANCHOR: run_batch
/// A spawned task does not inherit the current span: each job's future
/// carries its span into the task. The job spans are made inside the batch
/// span, so that is their parent.
pub async fn run_batch(batch: &'static str, jobs: Vec<Job>) -> Vec<&'static str> {
    let batch_span = tracing::info_span!("batch", name = batch);
    async move {
        let tasks: Vec<_> = jobs
            .into_iter()
            .map(|job| {
                tokio::spawn(work(job).instrument(tracing::info_span!("job", name = job.name)))
            })
            .collect();
        let mut done = Vec::new();
        for task in tasks {
            done.push(task.await.expect("a job panicked"));
        }
        done
    }
    .instrument(batch_span)
    .await
}
// ANCHOR_END: run_batch

// ANCHOR: busy_time_layer
/// Each span's running totals, kept in the span's own extensions.
struct Timing {
    busy: std::time::Duration,
    idle: std::time::Duration,
    /// When the span last changed between busy and idle.
    since: Instant,
    /// How many times it is entered right now: a span entered inside itself
    /// is still busy once, not twice.
    depth: usize,
}

/// Measures busy and idle time per span on tokio's clock.
struct BusyTime {
    usages: Usages,
}

impl<S> Layer<S> for BusyTime
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, _attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let timing = Timing {
            busy: Default::default(),
            idle: Default::default(),
            since: Instant::now(),
            depth: 0,
        };
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(timing);
        }
    }

    fn on_enter(&self, id: &Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else { return };
        let mut extensions = span.extensions_mut();
        let Some(timing) = extensions.get_mut::<Timing>() else { return };
        if timing.depth == 0 {
            let now = Instant::now();
            timing.idle += now - timing.since;
            timing.since = now;
        }
        timing.depth += 1;
    }

    fn on_exit(&self, id: &Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else { return };
        let mut extensions = span.extensions_mut();
        let Some(timing) = extensions.get_mut::<Timing>() else { return };
        timing.depth -= 1;
        if timing.depth == 0 {
            let now = Instant::now();
            timing.busy += now - timing.since;
            timing.since = now;
        }
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(&id) else { return };
        let extensions = span.extensions();
        let Some(timing) = extensions.get::<Timing>() else { return };
        let idle = timing.idle + (Instant::now() - timing.since);
        self.usages.add(Usage { span: span.name(), busy: timing.busy, idle });
    }
}

/// A layer that adds each span's [`Usage`] to `usages` when it closes.
pub fn busy_time_layer(usages: Usages) -> Box<dyn Layer<Registry> + Send + Sync> {
    Box::new(BusyTime { usages })
}
// ANCHOR_END: busy_time_layer
