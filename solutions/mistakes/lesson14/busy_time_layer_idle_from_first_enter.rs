// Mistake: starts the clock at the span's first enter instead of its creation, so the time a task waited for its first turn (behind the task that blocked) is not counted as idle.
// Expect: returned the wrong value
// Expect: idle: 3s
// ANCHOR: busy_time_layer
/// Running totals, from the first enter on.
#[derive(Default)]
struct Timing {
    busy: std::time::Duration,
    idle: std::time::Duration,
    since: Option<Instant>,
}

/// Busy and idle from the first enter.
struct BusyTime {
    usages: Usages,
}

impl<S> Layer<S> for BusyTime
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, _attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(Timing::default());
        }
    }

    fn on_enter(&self, id: &Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else { return };
        let mut extensions = span.extensions_mut();
        let Some(timing) = extensions.get_mut::<Timing>() else { return };
        let now = Instant::now();
        if let Some(since) = timing.since {
            timing.idle += now - since;
        }
        timing.since = Some(now);
    }

    fn on_exit(&self, id: &Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else { return };
        let mut extensions = span.extensions_mut();
        let Some(timing) = extensions.get_mut::<Timing>() else { return };
        let now = Instant::now();
        if let Some(since) = timing.since {
            timing.busy += now - since;
        }
        timing.since = Some(now);
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(&id) else { return };
        let extensions = span.extensions();
        let Some(timing) = extensions.get::<Timing>() else { return };
        let rest = timing.since.map(|since| since.elapsed()).unwrap_or_default();
        self.usages.add(Usage { span: span.name(), busy: timing.busy, idle: timing.idle + rest });
    }
}

/// A layer that adds each span's [`Usage`] to `usages` when it closes.
pub fn busy_time_layer(usages: Usages) -> Box<dyn Layer<Registry> + Send + Sync> {
    Box::new(BusyTime { usages })
}
// ANCHOR_END: busy_time_layer
