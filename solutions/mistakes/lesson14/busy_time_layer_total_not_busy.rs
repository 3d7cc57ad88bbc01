// Mistake: measures each span from when it was created to when it closed and calls that busy: the total, which counts the waiting too.
// Expect: returned the wrong value
// Expect: busy: 5s
// ANCHOR: busy_time_layer
/// When each span was created.
struct Created(Instant);

/// Times each span from creation to close.
struct BusyTime {
    usages: Usages,
}

impl<S> Layer<S> for BusyTime
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, _attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(Created(Instant::now()));
        }
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(&id) else { return };
        let extensions = span.extensions();
        let Some(Created(created)) = extensions.get::<Created>() else { return };
        let busy = created.elapsed();
        self.usages.add(Usage { span: span.name(), busy, idle: Default::default() });
    }
}

/// A layer that adds each span's [`Usage`] to `usages` when it closes.
pub fn busy_time_layer(usages: Usages) -> Box<dyn Layer<Registry> + Send + Sync> {
    Box::new(BusyTime { usages })
}
// ANCHOR_END: busy_time_layer
