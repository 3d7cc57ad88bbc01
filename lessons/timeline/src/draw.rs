//! The recorded spans, and how they are drawn as text.

use std::fmt;
use std::time::Duration;

/// How a recorded span ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Its work ran to the end.
    Finished,
    /// It was dropped before its work was done (cancelled).
    Cancelled,
    /// It had not ended when the timeline was taken.
    Running,
}

/// One task on the timeline; times are measured from the timeline's start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// The name drawn at the left of the row.
    pub label: String,
    /// The id of the spawned tokio task it ran in; `None` when it ran in no
    /// spawned task (directly in `block_on`).
    pub tokio_task: Option<String>,
    /// When it started.
    pub start: Duration,
    /// When it ended (or, while still running, when the timeline was taken).
    pub end: Duration,
    /// Whether it finished, was cancelled or is still running.
    pub outcome: Outcome,
}

/// Spans in the order they started, drawable with `{}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timeline {
    spans: Vec<Span>,
    /// The name, fields and parent of each span, in the same order (see
    /// `trace.rs`); left empty for a timeline made with [`Timeline::new`].
    pub(crate) infos: Vec<crate::SpanInfo>,
    /// Every event recorded, in the order they happened.
    pub(crate) events: Vec<crate::Event>,
}

/// Width of the bar area, in characters.
const BAR_WIDTH: usize = 40;

/// Rows drawn at most; code stuck in a loop can record hundreds of spans,
/// and a failure message that scrolls off the screen helps nobody.
pub(crate) const MAX_ROWS: usize = 40;

impl Timeline {
    /// A timeline of `spans`, sorted by start time (ties keep their order).
    pub fn new(mut spans: Vec<Span>) -> Self {
        spans.sort_by_key(|span| span.start);
        Timeline { spans, infos: Vec::new(), events: Vec::new() }
    }

    /// Every span, in the order they started.
    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    /// The first span with this label.
    pub fn span(&self, label: &str) -> Option<&Span> {
        self.spans.iter().find(|span| span.label == label)
    }

    /// When the last span ended.
    pub fn end(&self) -> Duration {
        self.spans.iter().map(|span| span.end).max().unwrap_or_default()
    }

    /// The largest number of spans running at the same moment. A span that
    /// ends exactly when another starts does not overlap it.
    pub fn max_concurrency(&self) -> usize {
        let mut changes: Vec<(Duration, i32)> = Vec::new();
        for span in self.spans.iter().filter(|span| span.end > span.start) {
            changes.push((span.start, 1));
            changes.push((span.end, -1));
        }
        // At equal times, ends (-1) sort before starts (+1).
        changes.sort();
        let mut running = 0;
        let mut most = 0;
        for (_, change) in changes {
            running += change;
            most = most.max(running);
        }
        most as usize
    }
}

impl fmt::Display for Timeline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.draw_to_scale(self.end()))
    }
}

impl Timeline {
    /// Draws the timeline with the full bar width standing for `total`, so
    /// that two timelines drawn to one scale can be compared by eye.
    pub fn draw_to_scale(&self, total: Duration) -> String {
        let mut text = String::new();
        self.write_to_scale(&mut text, total).expect("writing to a String cannot fail");
        text
    }

    fn write_to_scale(&self, f: &mut impl fmt::Write, total: Duration) -> fmt::Result {
        if self.spans.is_empty() {
            return writeln!(f, "(no tasks were recorded)");
        }
        let label_width = self.spans.iter().map(|span| span.label.chars().count()).max();
        let label_width = label_width.unwrap_or(0);
        for span in self.spans.iter().take(MAX_ROWS) {
            let bar = draw_bar(span, total);
            let times = format!("{} → {}", seconds(span.start), seconds(span.end));
            let note = match span.outcome {
                Outcome::Finished => "",
                Outcome::Cancelled => "  cancelled",
                Outcome::Running => "  still running",
            };
            writeln!(f, "{:label_width$}  {bar}  {times}{note}", span.label)?;
        }
        if self.spans.len() > MAX_ROWS {
            writeln!(f, "{:label_width$}  ... and {} more rows", "", self.spans.len() - MAX_ROWS)?;
        }
        let end_label = seconds(total);
        let gap = BAR_WIDTH.saturating_sub("0s".len() + end_label.len());
        writeln!(f, "{:label_width$}  0s{:gap$}{end_label}", "", "")
    }
}

/// One row's bar: blank before the start, solid while running (shaded when
/// the span was cancelled), blank after. Every span gets at least one cell.
fn draw_bar(span: &Span, total: Duration) -> String {
    let column = |at: Duration| -> usize {
        if total.is_zero() {
            return 0;
        }
        let fraction = at.as_secs_f64() / total.as_secs_f64();
        (fraction * BAR_WIDTH as f64).round() as usize
    };
    let first = column(span.start).min(BAR_WIDTH - 1);
    let last = column(span.end).clamp(first + 1, BAR_WIDTH);
    let fill = if span.outcome == Outcome::Cancelled { '░' } else { '█' };
    (0..BAR_WIDTH).map(|cell| if (first..last).contains(&cell) { fill } else { ' ' }).collect()
}

/// Seconds with two decimals: `1.60s`.
pub(crate) fn seconds(duration: Duration) -> String {
    format!("{:.2}s", duration.as_secs_f64())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(label: &str, start: u64, end: u64, outcome: Outcome) -> Span {
        Span {
            label: label.to_string(),
            tokio_task: None,
            start: Duration::from_secs(start),
            end: Duration::from_secs(end),
            outcome,
        }
    }

    #[test]
    fn draws_bars_to_scale_with_times_and_an_axis() {
        let timeline = Timeline::new(vec![
            span("rice", 0, 3, Outcome::Finished),
            span("vegetables", 0, 5, Outcome::Finished),
            span("meat", 0, 8, Outcome::Finished),
        ]);
        let expected = "\
rice        ███████████████                           0.00s → 3.00s
vegetables  █████████████████████████                 0.00s → 5.00s
meat        ████████████████████████████████████████  0.00s → 8.00s
            0s                                 8.00s
";
        assert_eq!(timeline.to_string(), expected);
    }

    #[test]
    fn sorts_by_start_and_marks_cancelled_and_running_spans() {
        let timeline = Timeline::new(vec![
            span("late", 2, 4, Outcome::Running),
            span("early", 0, 2, Outcome::Cancelled),
        ]);
        let expected = "\
early  ░░░░░░░░░░░░░░░░░░░░                      0.00s → 2.00s  cancelled
late                       ████████████████████  2.00s → 4.00s  still running
       0s                                 4.00s
";
        assert_eq!(timeline.to_string(), expected);
    }

    #[test]
    fn an_instant_span_still_gets_one_cell() {
        let timeline = Timeline::new(vec![span("instant", 0, 0, Outcome::Finished)]);
        assert!(timeline.to_string().starts_with("instant  █ "));
    }

    #[test]
    fn two_timelines_can_share_one_scale() {
        let short = Timeline::new(vec![span("rice", 0, 3, Outcome::Finished)]);
        let drawn = short.draw_to_scale(Duration::from_secs(6));
        assert!(
            drawn.starts_with("rice  ████████████████████                      0.00s → 3.00s"),
            "{drawn}"
        );
        assert!(drawn.ends_with("0s                                 6.00s\n"), "{drawn}");
    }

    #[test]
    fn a_very_long_timeline_is_cut_short() {
        let spans = (0..100).map(|n| span("again", n, n + 1, Outcome::Cancelled)).collect();
        let drawn = Timeline::new(spans).to_string();
        assert_eq!(drawn.lines().count(), MAX_ROWS + 2, "{drawn}");
        assert!(drawn.contains("... and 60 more rows"), "{drawn}");
    }

    #[test]
    fn an_empty_timeline_says_so() {
        assert_eq!(Timeline::default().to_string(), "(no tasks were recorded)\n");
    }

    #[test]
    fn concurrency_counts_overlap_but_not_touching_ends() {
        let back_to_back = Timeline::new(vec![
            span("a", 0, 2, Outcome::Finished),
            span("b", 2, 4, Outcome::Finished),
        ]);
        assert_eq!(back_to_back.max_concurrency(), 1);
        let overlapping = Timeline::new(vec![
            span("a", 0, 3, Outcome::Finished),
            span("b", 1, 4, Outcome::Finished),
            span("c", 2, 5, Outcome::Finished),
            span("d", 3, 5, Outcome::Finished),
        ]);
        assert_eq!(overlapping.max_concurrency(), 3);
    }
}
