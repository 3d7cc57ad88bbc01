// Mistake: counts how deep a span is entered only to decide what is idle, but moves its mark at every enter and adds busy time at every exit: the time between an enter and an enter inside it is lost.
// Expect: differs from the reference solution in what it returned
// ANCHOR: busy_time_layer
/// Running totals, the mark, and how deep the span is entered.
struct Timing {
    busy: std::time::Duration,
    idle: std::time::Duration,
    since: Instant,
    depth: usize,
}

/// Idle up to the first enter, busy from each enter to the next exit.
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
        let now = Instant::now();
        if timing.depth == 0 {
            timing.idle += now - timing.since;
        }
        timing.since = now;
        timing.depth += 1;
    }

    fn on_exit(&self, id: &Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else { return };
        let mut extensions = span.extensions_mut();
        let Some(timing) = extensions.get_mut::<Timing>() else { return };
        let now = Instant::now();
        timing.busy += now - timing.since;
        timing.since = now;
        timing.depth -= 1;
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
