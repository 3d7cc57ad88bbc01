//! What a recording holds beyond the rows of its timeline: each span's name,
//! fields and parent, and the events recorded inside the spans. Lesson 14's
//! graded tests read them to check how the learner instrumented their code.

use std::time::Duration;

use crate::{Span, Timeline};

/// A span's name, its fields and the span it was opened inside.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SpanInfo {
    /// The name given to the span macro: `request` for `info_span!("request")`.
    pub name: String,
    /// Every field with a value, as `(name, value)` in the order they were
    /// declared, values as they print with `{}` (a `&str` without quotes).
    /// A field declared `Empty` and recorded later is here from then on.
    pub fields: Vec<(String, String)>,
    /// The span it was opened inside, as an index into [`Timeline::spans`].
    pub parent: Option<usize>,
}

impl SpanInfo {
    /// The value of the field called `name`, if it has one.
    pub fn field(&self, name: &str) -> Option<&str> {
        field(&self.fields, name)
    }
}

/// One event (`info!`, `debug!`, ...) as recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// When it happened, from the start of the timeline.
    pub at: Duration,
    /// Its message: `sending` for `debug!("sending")`.
    pub message: String,
    /// Its other fields, as `(name, value)`.
    pub fields: Vec<(String, String)>,
    /// The span it happened inside (the current span, or the parent given
    /// to the macro), as an index into [`Timeline::spans`]; `None` outside
    /// every span.
    pub span: Option<usize>,
}

impl Event {
    /// The value of the field called `name`, if it has one.
    pub fn field(&self, name: &str) -> Option<&str> {
        field(&self.fields, name)
    }
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields.iter().find(|(field, _)| field == name).map(|(_, value)| value.as_str())
}

impl Timeline {
    /// A timeline of recorded spans, each with its info, and events. Parents
    /// and event spans are indices into `spans` as given; they are changed to
    /// match the sorted order.
    pub(crate) fn recorded(spans: Vec<(Span, SpanInfo)>, mut events: Vec<Event>) -> Self {
        let mut order: Vec<usize> = (0..spans.len()).collect();
        order.sort_by_key(|&index| spans[index].0.start);
        let mut place = vec![0; spans.len()];
        for (sorted, &index) in order.iter().enumerate() {
            place[index] = sorted;
        }
        let mut slots: Vec<Option<(Span, SpanInfo)>> = spans.into_iter().map(Some).collect();
        let (mut sorted_spans, mut infos) = (Vec::new(), Vec::new());
        for index in order {
            let (span, mut info) = slots[index].take().expect("each span is placed once");
            info.parent = info.parent.map(|parent| place[parent]);
            sorted_spans.push(span);
            infos.push(info);
        }
        for event in &mut events {
            event.span = event.span.map(|span| place[span]);
        }
        let mut timeline = Timeline::new(sorted_spans);
        timeline.infos = infos;
        timeline.events = events;
        timeline
    }

    /// The name, fields and parent of the span at `index` in
    /// [`Timeline::spans`]; empty for a timeline drawn by hand.
    pub fn info(&self, index: usize) -> SpanInfo {
        self.infos.get(index).cloned().unwrap_or_default()
    }

    /// The indices of the spans whose name is `name`, in the order they started.
    pub fn named(&self, name: &str) -> Vec<usize> {
        (0..self.spans().len()).filter(|&index| self.info(index).name == name).collect()
    }

    /// Every event recorded, in the order they happened.
    pub fn events(&self) -> &[Event] {
        &self.events
    }
}
