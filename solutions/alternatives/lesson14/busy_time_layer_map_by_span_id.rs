// Alternative: keeps each span's timing in a map keyed by span id, behind a lock, instead of in the span's extensions, and counts how deep the span is entered.
// ANCHOR: busy_time_layer
/// Running totals of one span.
struct Timing {
    busy: std::time::Duration,
    idle: std::time::Duration,
    since: Instant,
    depth: usize,
}

/// Timings by span id; an entry goes when its span closes.
struct BusyTime {
    usages: Usages,
    timings: std::sync::Mutex<std::collections::HashMap<Id, Timing>>,
}

impl<S> Layer<S> for BusyTime
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, _attrs: &Attributes<'_>, id: &Id, _ctx: Context<'_, S>) {
        let timing = Timing {
            busy: Default::default(),
            idle: Default::default(),
            since: Instant::now(),
            depth: 0,
        };
        self.timings.lock().unwrap().insert(id.clone(), timing);
    }

    fn on_enter(&self, id: &Id, _ctx: Context<'_, S>) {
        if let Some(timing) = self.timings.lock().unwrap().get_mut(id) {
            if timing.depth == 0 {
                timing.idle += timing.since.elapsed();
                timing.since = Instant::now();
            }
            timing.depth += 1;
        }
    }

    fn on_exit(&self, id: &Id, _ctx: Context<'_, S>) {
        if let Some(timing) = self.timings.lock().unwrap().get_mut(id) {
            timing.depth -= 1;
            if timing.depth == 0 {
                timing.busy += timing.since.elapsed();
                timing.since = Instant::now();
            }
        }
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        let Some(timing) = self.timings.lock().unwrap().remove(&id) else { return };
        let Some(span) = ctx.span(&id) else { return };
        let idle = timing.idle + timing.since.elapsed();
        self.usages.add(Usage { span: span.name(), busy: timing.busy, idle });
    }
}

/// A layer that adds each span's [`Usage`] to `usages` when it closes.
pub fn busy_time_layer(usages: Usages) -> Box<dyn Layer<Registry> + Send + Sync> {
    Box::new(BusyTime { usages, timings: Default::default() })
}
// ANCHOR_END: busy_time_layer
