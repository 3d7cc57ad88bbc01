// Mistake: keeps the timings in a map keyed by span name, the name being what a `Usage` reports: two spans of one name open at once share one entry, so each is measured with the other's enters and exits.
// Expect: differs from the reference solution in what it returned
// ANCHOR: busy_time_layer
/// Running totals of the span of one name.
struct Timing {
    busy: std::time::Duration,
    idle: std::time::Duration,
    since: Instant,
    depth: usize,
}

/// Timings by span name.
struct BusyTime {
    usages: Usages,
    timings: std::sync::Mutex<std::collections::HashMap<&'static str, Timing>>,
}

impl<S> Layer<S> for BusyTime
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, attrs: &Attributes<'_>, _id: &Id, _ctx: Context<'_, S>) {
        let timing = Timing {
            busy: Default::default(),
            idle: Default::default(),
            since: Instant::now(),
            depth: 0,
        };
        self.timings.lock().unwrap().insert(attrs.metadata().name(), timing);
    }

    fn on_enter(&self, id: &Id, ctx: Context<'_, S>) {
        let Some(name) = ctx.metadata(id).map(|metadata| metadata.name()) else { return };
        if let Some(timing) = self.timings.lock().unwrap().get_mut(name) {
            if timing.depth == 0 {
                timing.idle += timing.since.elapsed();
                timing.since = Instant::now();
            }
            timing.depth += 1;
        }
    }

    fn on_exit(&self, id: &Id, ctx: Context<'_, S>) {
        let Some(name) = ctx.metadata(id).map(|metadata| metadata.name()) else { return };
        if let Some(timing) = self.timings.lock().unwrap().get_mut(name) {
            timing.depth = timing.depth.saturating_sub(1);
            if timing.depth == 0 {
                timing.busy += timing.since.elapsed();
                timing.since = Instant::now();
            }
        }
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        let Some(name) = ctx.metadata(&id).map(|metadata| metadata.name()) else { return };
        let Some(timing) = self.timings.lock().unwrap().remove(name) else { return };
        let idle = timing.idle + timing.since.elapsed();
        self.usages.add(Usage { span: name, busy: timing.busy, idle });
    }
}

/// A layer that adds each span's [`Usage`] to `usages` when it closes.
pub fn busy_time_layer(usages: Usages) -> Box<dyn Layer<Registry> + Send + Sync> {
    Box::new(BusyTime { usages, timings: Default::default() })
}
// ANCHOR_END: busy_time_layer
