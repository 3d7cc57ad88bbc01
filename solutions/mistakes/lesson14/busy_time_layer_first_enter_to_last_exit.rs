// Mistake: counts busy from the first enter to the last exit, so the waits between polls count as busy, and idle is only what is left of the total.
// Expect: returned the wrong value
// Expect: busy: 3s
// ANCHOR: busy_time_layer
/// When the span was created, first entered and last exited.
struct Timing {
    created: Instant,
    first_enter: Option<Instant>,
    last_exit: Option<Instant>,
}

/// Busy from the first enter to the last exit.
struct BusyTime {
    usages: Usages,
}

impl<S> Layer<S> for BusyTime
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, _attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let timing = Timing { created: Instant::now(), first_enter: None, last_exit: None };
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(timing);
        }
    }

    fn on_enter(&self, id: &Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else { return };
        let mut extensions = span.extensions_mut();
        if let Some(timing) = extensions.get_mut::<Timing>() {
            timing.first_enter.get_or_insert_with(Instant::now);
        }
    }

    fn on_exit(&self, id: &Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else { return };
        let mut extensions = span.extensions_mut();
        if let Some(timing) = extensions.get_mut::<Timing>() {
            timing.last_exit = Some(Instant::now());
        }
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(&id) else { return };
        let extensions = span.extensions();
        let Some(timing) = extensions.get::<Timing>() else { return };
        let busy = match (timing.first_enter, timing.last_exit) {
            (Some(first), Some(last)) => last - first,
            _ => Default::default(),
        };
        let idle = timing.created.elapsed() - busy;
        self.usages.add(Usage { span: span.name(), busy, idle });
    }
}

/// A layer that adds each span's [`Usage`] to `usages` when it closes.
pub fn busy_time_layer(usages: Usages) -> Box<dyn Layer<Registry> + Send + Sync> {
    Box::new(BusyTime { usages })
}
// ANCHOR_END: busy_time_layer
