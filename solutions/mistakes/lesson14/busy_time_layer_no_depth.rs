// Mistake: moves the mark at every enter and every exit with no depth count, as if no time could pass between an enter and an enter inside it: with `join!(hog(1), step.in_current_span())` a unit passes, and that unit is counted idle where the span was busy.
// Expect: resize busy 2 units and idle 0
// Expect: differs from the reference solution in what it returned
// ANCHOR: busy_time_layer
/// Running totals, and when the span last changed state.
struct Timing {
    busy: std::time::Duration,
    idle: std::time::Duration,
    last: Instant,
}

/// Idle up to each enter, busy up to each exit.
struct BusyTime {
    usages: Usages,
}

impl<S> Layer<S> for BusyTime
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, _attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let timing =
            Timing { busy: Default::default(), idle: Default::default(), last: Instant::now() };
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(timing);
        }
    }

    fn on_enter(&self, id: &Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else { return };
        if let Some(timing) = span.extensions_mut().get_mut::<Timing>() {
            let now = Instant::now();
            timing.idle += now - timing.last;
            timing.last = now;
        }
    }

    fn on_exit(&self, id: &Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else { return };
        if let Some(timing) = span.extensions_mut().get_mut::<Timing>() {
            let now = Instant::now();
            timing.busy += now - timing.last;
            timing.last = now;
        }
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(&id) else { return };
        let extensions = span.extensions();
        let Some(timing) = extensions.get::<Timing>() else { return };
        let idle = timing.idle + timing.last.elapsed();
        self.usages.add(Usage { span: span.name(), busy: timing.busy, idle });
    }
}

/// A layer that adds each span's [`Usage`] to `usages` when it closes.
pub fn busy_time_layer(usages: Usages) -> Box<dyn Layer<Registry> + Send + Sync> {
    Box::new(BusyTime { usages })
}
// ANCHOR_END: busy_time_layer
