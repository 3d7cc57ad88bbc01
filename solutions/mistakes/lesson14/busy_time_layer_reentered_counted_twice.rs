// Mistake: notes the time of every enter and adds the time since then at every exit: a span entered inside itself is counted busy once per enter, twice over.
// Expect: returned the wrong value
// Expect: busy: 2s
// ANCHOR: busy_time_layer
/// When the span was created, when last entered, and its busy time.
struct Timing {
    created: Instant,
    entered: Instant,
    busy: std::time::Duration,
}

/// Busy from each enter to the next exit.
struct BusyTime {
    usages: Usages,
}

impl<S> Layer<S> for BusyTime
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, _attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let now = Instant::now();
        let timing = Timing { created: now, entered: now, busy: Default::default() };
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(timing);
        }
    }

    fn on_enter(&self, id: &Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else { return };
        let mut extensions = span.extensions_mut();
        if let Some(timing) = extensions.get_mut::<Timing>() {
            timing.entered = Instant::now();
        }
    }

    fn on_exit(&self, id: &Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else { return };
        let mut extensions = span.extensions_mut();
        if let Some(timing) = extensions.get_mut::<Timing>() {
            timing.busy += timing.entered.elapsed();
        }
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(&id) else { return };
        let extensions = span.extensions();
        let Some(timing) = extensions.get::<Timing>() else { return };
        let idle = timing.created.elapsed().saturating_sub(timing.busy);
        self.usages.add(Usage { span: span.name(), busy: timing.busy, idle });
    }
}

/// A layer that adds each span's [`Usage`] to `usages` when it closes.
pub fn busy_time_layer(usages: Usages) -> Box<dyn Layer<Registry> + Send + Sync> {
    Box::new(BusyTime { usages })
}
// ANCHOR_END: busy_time_layer
