// Mistake: adds up idle time only at each enter, so the wait between a span's last exit and its close (a span kept open after its work) is never counted.
// Expect: returned the wrong value
// Expect: idle: 0ns
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
        self.usages.add(Usage { span: span.name(), busy: timing.busy, idle: timing.idle });
    }
}

/// A layer that adds each span's [`Usage`] to `usages` when it closes.
pub fn busy_time_layer(usages: Usages) -> Box<dyn Layer<Registry> + Send + Sync> {
    Box::new(BusyTime { usages })
}
// ANCHOR_END: busy_time_layer
