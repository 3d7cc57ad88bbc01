//! The recorded spans drawn as an SVG picture, for the book.
//!
//! The picture shows what the text drawing shows, row for row and in the same
//! order, on an axis counted in the lesson's unit of time. It is written by
//! hand, one element per line, and depends on nothing but the timeline: the
//! same timeline always gives the same bytes, which is what lets a test keep
//! the book's copies fresh.

use std::fmt::Write;
use std::time::Duration;

use crate::draw::{MAX_ROWS, Outcome, Span, Timeline};

// Every length below is in viewBox units. The picture is scaled to the width
// of the page, so what matters is each length against the whole width: the
// bar area is kept narrow enough that, on a phone about 360 pixels wide, the
// labels still come out at about 11 pixels.

/// Font size of the row labels.
const FONT: f64 = 17.0;
/// Font size of the axis and the legend; the smallest text in the picture.
const SMALL_FONT: f64 = 15.0;
/// How far one character of a monospace font advances, against its size.
/// Only a monospace font can be measured without rendering it, and the
/// label column must be wide enough for the longest label.
const CHAR_WIDTH: f64 = 0.6;
/// Margin around everything.
const PAD: f64 = 12.0;
/// Space between the label column and the bars.
const GAP: f64 = 14.0;
/// Width of the area the bars are drawn in.
const BAR_AREA: f64 = 300.0;
const ROW_HEIGHT: f64 = 28.0;
const BAR_HEIGHT: f64 = 18.0;
/// Half the width of the diamond drawn for a span that took no time.
const INSTANT: f64 = 7.0;
/// A bar that would be thinner than this still shows as a sliver.
const MIN_BAR: f64 = 2.0;
/// At most this many steps along the axis: more labels would crowd.
const MAX_STEPS: f64 = 10.0;

/// Monospace first, so the label column measured above fits the labels.
const FONTS: &str = "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace";

/// The three outcomes differ in colour and also in pattern or outline, so
/// that they stay apart in print and for readers who do not see the colours:
/// finished is solid, cancelled is hatched, still running is a dashed outline.
const STYLE: &str = "\
text { fill: #1f2328; }
.grid { stroke: #d0d7de; stroke-width: 1; }
.axis { stroke: #57606a; stroke-width: 1.5; }
.finished { fill: #2c5f9e; stroke: #17385f; stroke-width: 1; }
.cancelled { fill: url(#hatch); stroke: #b35c00; stroke-width: 1.5; }
.running { fill: #e3f4e8; stroke: #23784a; stroke-width: 2; stroke-dasharray: 5 3; }";

/// The hatching of cancelled spans: orange stripes on pale orange.
const HATCH: &str = "<pattern id=\"hatch\" width=\"8\" height=\"8\" \
patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
<rect width=\"8\" height=\"8\" fill=\"#fde3c4\"/><rect width=\"4\" height=\"8\" fill=\"#e07b16\"/>\
</pattern>";

impl Timeline {
    /// Draws the timeline as an SVG document: one row per span, labelled at
    /// the left, with a bar from its start to its end on an axis counted in
    /// `unit`s, and a legend for the kinds of bars drawn.
    ///
    /// The root element scales to the width of the page (`viewBox`, width
    /// 100%) and carries `data-rows`, the number of rows drawn; each row is a
    /// `<g class="row">`. Rows are the rows of the text drawing, in its
    /// order, cut short after as many rows as it shows.
    pub fn to_svg(&self, unit: Duration) -> String {
        let mut svg = String::new();
        self.write_svg(&mut svg, unit).expect("writing to a String cannot fail");
        svg
    }

    fn write_svg(&self, svg: &mut String, unit: Duration) -> std::fmt::Result {
        // A zero unit would put every span at infinity; seconds are the
        // honest fallback.
        let unit = if unit.is_zero() { Duration::from_secs(1) } else { unit };
        let in_units = |at: Duration| at.as_secs_f64() / unit.as_secs_f64();
        let rows = &self.spans()[..self.spans().len().min(MAX_ROWS)];
        let left_out = self.spans().len() - rows.len();

        let longest = rows.iter().map(|span| span.label.chars().count()).max().unwrap_or(0);
        let bars_from = PAD + longest as f64 * FONT * CHAR_WIDTH + GAP;
        let bars_to = bars_from + BAR_AREA;
        let axis = Axis::new(in_units(self.end()));
        let x = |units: f64| bars_from + units / axis.length * BAR_AREA;
        // Room at the right for half of the last tick's label.
        let width = bars_to + PAD + 2.0 * SMALL_FONT * CHAR_WIDTH;

        let rows_end = PAD + (rows.len() + usize::from(left_out > 0)) as f64 * ROW_HEIGHT;
        let axis_y = rows_end + 4.0;
        let caption_y = axis_y + 44.0;
        let legend = Legend::of(rows, width);
        let height = if rows.is_empty() {
            PAD * 2.0 + ROW_HEIGHT
        } else {
            caption_y + legend.lines as f64 * 24.0 + PAD
        };

        writeln!(
            svg,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"100%\" \
             role=\"img\" data-rows=\"{}\" font-family=\"{FONTS}\" font-size=\"{}\">",
            num(width),
            num(height),
            rows.len(),
            num(FONT)
        )?;
        writeln!(svg, "<title>{}</title>", escape(&self.describe(unit)))?;
        writeln!(
            svg,
            "<style>\n{STYLE}\n.small {{ font-size: {}px; }}\n</style>",
            num(SMALL_FONT)
        )?;
        writeln!(svg, "<defs>{HATCH}</defs>")?;
        // Opaque, so the picture reads the same on the book's dark themes.
        writeln!(svg, "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")?;
        if rows.is_empty() {
            writeln!(
                svg,
                "<text x=\"{}\" y=\"{}\">(no tasks were recorded)</text>",
                num(PAD),
                num(PAD + ROW_HEIGHT / 2.0 + FONT * 0.35)
            )?;
            return writeln!(svg, "</svg>");
        }

        // Grid lines first, so that bars cover them.
        for tick in axis.ticks() {
            let at = num(x(tick));
            writeln!(
                svg,
                "<line class=\"grid\" x1=\"{at}\" y1=\"{}\" x2=\"{at}\" y2=\"{}\"/>",
                num(PAD),
                num(rows_end)
            )?;
        }
        for (index, span) in rows.iter().enumerate() {
            let top = PAD + index as f64 * ROW_HEIGHT;
            write_row(svg, span, top, bars_from, (in_units(span.start), in_units(span.end)), &x)?;
        }
        if left_out > 0 {
            writeln!(
                svg,
                "<text class=\"note\" x=\"{}\" y=\"{}\">... and {left_out} more rows</text>",
                num(PAD),
                num(rows_end - ROW_HEIGHT / 2.0 + FONT * 0.35)
            )?;
        }

        writeln!(
            svg,
            "<line class=\"axis\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
            num(bars_from),
            num(axis_y),
            num(bars_to),
            num(axis_y)
        )?;
        for tick in axis.ticks() {
            let at = num(x(tick));
            writeln!(
                svg,
                "<line class=\"axis\" x1=\"{at}\" y1=\"{}\" x2=\"{at}\" y2=\"{}\"/>",
                num(axis_y),
                num(axis_y + 6.0)
            )?;
            writeln!(
                svg,
                "<text class=\"small\" x=\"{at}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                num(axis_y + 6.0 + SMALL_FONT),
                num(tick)
            )?;
        }
        writeln!(
            svg,
            "<text class=\"small\" x=\"{}\" y=\"{}\">time in units (1 unit = {:.3} s)</text>",
            num(bars_from),
            num(caption_y),
            unit.as_secs_f64()
        )?;
        legend.write(svg, caption_y + 24.0)?;
        writeln!(svg, "</svg>")
    }

    /// One sentence for the picture's title: how many rows, and how long.
    fn describe(&self, unit: Duration) -> String {
        let length = self.end().as_secs_f64() / unit.as_secs_f64();
        let rows = match self.spans().len() {
            1 => "1 task".to_string(),
            rows => format!("{rows} tasks"),
        };
        format!("Timeline of {rows} over {}", units(length))
    }
}

/// One row: its label, and its bar (or a diamond when it took no time),
/// with a tooltip giving the exact times.
fn write_row(
    svg: &mut String,
    span: &Span,
    top: f64,
    bars_from: f64,
    (start, end): (f64, f64),
    x: &impl Fn(f64) -> f64,
) -> std::fmt::Result {
    let class = outcome_class(span.outcome);
    let label = escape(&span.label);
    let outcome = match span.outcome {
        Outcome::Finished => "finished",
        Outcome::Cancelled => "cancelled",
        Outcome::Running => "still running",
    };
    writeln!(svg, "<g class=\"row\" data-label=\"{label}\" data-outcome=\"{class}\">")?;
    let times = if end > start {
        format!("{} → {}", num(start), units(end))
    } else {
        format!("at {}", units(start))
    };
    writeln!(svg, "<title>{label}: {times}, {outcome}</title>")?;
    let middle = top + ROW_HEIGHT / 2.0;
    writeln!(svg, "<text x=\"{}\" y=\"{}\">{label}</text>", num(PAD), num(middle + FONT * 0.35))?;
    if end > start {
        let width = (x(end) - x(start)).max(MIN_BAR);
        writeln!(
            svg,
            "<rect class=\"{class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\"/>",
            num(x(start)),
            num(top + (ROW_HEIGHT - BAR_HEIGHT) / 2.0),
            num(width),
            num(BAR_HEIGHT)
        )?;
    } else {
        // A diamond never reaches left of the bar area, even at 0.
        let at = x(start).max(bars_from + INSTANT / 2.0);
        writeln!(svg, "<path class=\"{class}\" d=\"{}\"/>", diamond(at, middle))?;
    }
    writeln!(svg, "</g>")
}

fn outcome_class(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Finished => "finished",
        Outcome::Cancelled => "cancelled",
        Outcome::Running => "running",
    }
}

/// The path of a diamond centred on (`x`, `y`): the mark of an instant.
fn diamond(x: f64, y: f64) -> String {
    format!(
        "M{} {}L{} {}L{} {}L{} {}Z",
        num(x),
        num(y - INSTANT),
        num(x + INSTANT),
        num(y),
        num(x),
        num(y + INSTANT),
        num(x - INSTANT),
        num(y)
    )
}

/// The time axis: from 0 to a whole number of steps, the last step at or
/// past the end of the timeline, each step 1, 2 or 5 times a power of ten
/// units.
struct Axis {
    step: f64,
    length: f64,
}

impl Axis {
    fn new(end: f64) -> Axis {
        let mut step = 1.0;
        let mut factors = [2.0, 2.5, 2.0].into_iter().cycle();
        while end / step > MAX_STEPS {
            step *= factors.next().expect("the factors never run out");
        }
        // An instant at 0 still gets an axis one step long.
        let steps = (end / step).ceil().max(1.0);
        Axis { step, length: steps * step }
    }

    fn ticks(&self) -> impl Iterator<Item = f64> + '_ {
        let steps = (self.length / self.step).round() as usize;
        (0..=steps).map(|n| n as f64 * self.step)
    }
}

/// The key to the bars, listing only the kinds the picture draws; its items
/// wrap onto more lines when the picture is narrow.
struct Legend {
    items: Vec<(&'static str, &'static str, bool)>,
    width: f64,
    lines: usize,
}

/// Width of a legend swatch, and the room it takes before its text.
const SWATCH: f64 = 26.0;
const SWATCH_ROOM: f64 = 32.0;
/// Space between legend items.
const ITEM_GAP: f64 = 18.0;

impl Legend {
    fn of(rows: &[Span], width: f64) -> Legend {
        // Instants have their own item: a kind of bar is named only when a
        // bar of that kind is drawn.
        let has = |outcome: Outcome| {
            rows.iter().any(|span| span.outcome == outcome && span.end > span.start)
        };
        let kinds = [
            ("finished", "finished", has(Outcome::Finished), false),
            ("cancelled", "cancelled", has(Outcome::Cancelled), false),
            ("running", "still running", has(Outcome::Running), false),
            ("finished", "instant", rows.iter().any(|span| span.end <= span.start), true),
        ];
        let items: Vec<_> = kinds
            .into_iter()
            .filter(|(_, _, present, _)| *present)
            .map(|(class, text, _, instant)| (class, text, instant))
            .collect();
        let mut legend = Legend { items, width, lines: 0 };
        legend.lines = legend.layout().last().map_or(0, |(line, _)| line + 1);
        legend
    }

    /// Where each item goes: its line, and its x.
    fn layout(&self) -> Vec<(usize, f64)> {
        let mut places = Vec::new();
        let (mut line, mut x) = (0, PAD);
        for (_, text, _) in &self.items {
            let item = SWATCH_ROOM + text.chars().count() as f64 * SMALL_FONT * CHAR_WIDTH;
            if x > PAD && x + item > self.width - PAD {
                line += 1;
                x = PAD;
            }
            places.push((line, x));
            x += item + ITEM_GAP;
        }
        places
    }

    fn write(&self, svg: &mut String, first_baseline: f64) -> std::fmt::Result {
        for ((class, text, instant), (line, x)) in self.items.iter().zip(self.layout()) {
            let baseline = first_baseline + line as f64 * 24.0;
            let middle = baseline - SMALL_FONT * 0.35;
            if *instant {
                let path = diamond(x + SWATCH / 2.0, middle);
                writeln!(svg, "<path class=\"{class}\" d=\"{path}\"/>")?;
            } else {
                writeln!(
                    svg,
                    "<rect class=\"{class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\" rx=\"2\"/>",
                    num(x),
                    num(middle - 7.0),
                    num(SWATCH)
                )?;
            }
            writeln!(
                svg,
                "<text class=\"small\" x=\"{}\" y=\"{}\">{text}</text>",
                num(x + SWATCH_ROOM),
                num(baseline)
            )?;
        }
        Ok(())
    }
}

/// A number with at most two decimals and no trailing zeros: `12.5`, `3`.
pub(crate) fn num(value: f64) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" { "0".to_string() } else { text.to_string() }
}

/// A number of units, in words: `1 unit`, `2.5 units`.
pub(crate) fn units(count: f64) -> String {
    let count = num(count);
    if count == "1" { "1 unit".to_string() } else { format!("{count} units") }
}

/// Text made safe for SVG content and attribute values.
fn escape(text: &str) -> String {
    let mut safe = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => safe.push_str("&amp;"),
            '<' => safe.push_str("&lt;"),
            '>' => safe.push_str("&gt;"),
            '"' => safe.push_str("&quot;"),
            '\'' => safe.push_str("&apos;"),
            c => safe.push(c),
        }
    }
    safe
}

#[cfg(test)]
mod tests {
    use super::*;

    const UNIT: Duration = Duration::from_millis(50);

    /// A span from `start` to `end` units.
    fn span(label: &str, start: u32, end: u32, outcome: Outcome) -> Span {
        Span {
            label: label.to_string(),
            tokio_task: None,
            start: UNIT * start,
            end: UNIT * end,
            outcome,
        }
    }

    fn dinner() -> Timeline {
        Timeline::new(vec![
            span("rice", 0, 3, Outcome::Finished),
            span("vegetables", 0, 5, Outcome::Cancelled),
            span("meat", 1, 8, Outcome::Running),
        ])
    }

    /// The value of `attribute` in every element of `svg` that has it.
    fn attributes<'a>(svg: &'a str, attribute: &str) -> Vec<&'a str> {
        let key = format!(" {attribute}=\"");
        svg.match_indices(&key)
            .map(|(at, _)| {
                let value = &svg[at + key.len()..];
                &value[..value.find('"').expect("a closed attribute")]
            })
            .collect()
    }

    #[test]
    fn a_row_per_span_in_the_order_of_the_text() {
        let timeline = Timeline::new(vec![
            span("late", 4, 6, Outcome::Finished),
            span("early", 0, 2, Outcome::Finished),
            span("middle", 2, 4, Outcome::Finished),
        ]);
        let svg = timeline.to_svg(UNIT);
        assert_eq!(attributes(&svg, "data-rows"), ["3"]);
        assert_eq!(attributes(&svg, "data-label"), ["early", "middle", "late"]);
        let text = timeline.to_string();
        let text_order: Vec<_> = text.lines().filter_map(|line| line.split(' ').next()).collect();
        assert_eq!(text_order[..3], ["early", "middle", "late"]);
    }

    #[test]
    fn scales_to_the_page_with_a_view_box_and_no_fixed_size() {
        let svg = dinner().to_svg(UNIT);
        let root = svg.lines().next().unwrap();
        assert!(root.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "));
        assert!(root.contains(" width=\"100%\""), "{root}");
        assert!(!root.contains(" height="), "{root}");
        assert!(svg.ends_with("</svg>\n"));
    }

    #[test]
    fn bars_run_from_start_to_end_on_the_unit_axis() {
        let svg = dinner().to_svg(UNIT);
        // 8 units fit in 8 steps of 1: the bar area of 300 is 37.5 a unit,
        // and starts after "vegetables" (10 characters of 10.2) and the gap.
        let bars_from = PAD + 102.0 + GAP;
        let rects: Vec<_> = svg.lines().filter(|line| line.starts_with("<rect class=\"")).collect();
        assert!(
            rects[0].contains(&format!("x=\"{}\" y=\"17\" width=\"112.5\"", num(bars_from))),
            "rice: 0 to 3 units\n{svg}"
        );
        assert!(
            rects[2].contains(&format!("x=\"{}\" y=\"73\" width=\"262.5\"", num(bars_from + 37.5))),
            "meat: 1 to 8 units\n{svg}"
        );
        let ticks: Vec<_> = svg
            .lines()
            .filter(|line| line.contains("text-anchor=\"middle\""))
            .map(|line| line.rsplit_once("\">").unwrap().1.trim_end_matches("</text>"))
            .collect();
        assert_eq!(ticks, ["0", "1", "2", "3", "4", "5", "6", "7", "8"]);
        assert!(svg.contains(">time in units (1 unit = 0.050 s)</text>"), "{svg}");
    }

    #[test]
    fn long_timelines_get_fewer_wider_steps() {
        let ticks = |end: f64| Axis::new(end).ticks().collect::<Vec<_>>();
        assert_eq!(ticks(9.4), (0..=10).map(f64::from).collect::<Vec<_>>());
        assert_eq!(ticks(21.0), [0.0, 5.0, 10.0, 15.0, 20.0, 25.0]);
        assert_eq!(ticks(12.0), [0.0, 2.0, 4.0, 6.0, 8.0, 10.0, 12.0]);
        assert_eq!(ticks(130.0), [0.0, 20.0, 40.0, 60.0, 80.0, 100.0, 120.0, 140.0]);
        assert_eq!(ticks(0.0), [0.0, 1.0]);
    }

    #[test]
    fn outcomes_differ_in_pattern_or_outline_as_well_as_colour() {
        let svg = dinner().to_svg(UNIT);
        assert_eq!(attributes(&svg, "data-outcome"), ["finished", "cancelled", "running"]);
        assert!(STYLE.contains(".cancelled { fill: url(#hatch);"));
        assert!(svg.contains("<pattern id=\"hatch\""));
        assert!(STYLE.contains("stroke-dasharray"));
        // The legend names each kind drawn, and no other.
        for kind in [">finished<", ">cancelled<", ">still running<"] {
            assert!(svg.contains(kind), "{kind} is missing from the legend\n{svg}");
        }
        assert!(!svg.contains(">instant<"));
        let finished_only = Timeline::new(vec![span("rice", 0, 3, Outcome::Finished)]);
        assert!(!finished_only.to_svg(UNIT).contains(">cancelled<"));
    }

    #[test]
    fn an_instant_is_a_diamond_named_in_the_legend() {
        let svg = Timeline::new(vec![
            span("work", 0, 2, Outcome::Finished),
            span("cleanup", 2, 2, Outcome::Finished),
        ])
        .to_svg(UNIT);
        assert_eq!(svg.matches("<path class=\"finished\"").count(), 2, "the row and the legend");
        assert!(svg.contains(">instant</text>"), "{svg}");
        let instants_only = Timeline::new(vec![span("cleanup", 0, 0, Outcome::Finished)]);
        let svg = instants_only.to_svg(UNIT);
        assert!(!svg.contains(">finished</text>"), "no finished bar is drawn\n{svg}");
    }

    #[test]
    fn no_text_is_smaller_than_the_small_font() {
        let svg = dinner().to_svg(UNIT);
        assert!(svg.contains("font-size=\"17\""));
        let sizes = svg.match_indices("font-size: ").map(|(at, _)| &svg[at + 11..at + 13]);
        for size in sizes {
            assert!(size.parse::<f64>().unwrap() >= SMALL_FONT, "font-size {size}");
        }
    }

    #[test]
    fn labels_are_escaped() {
        let svg = Timeline::new(vec![span("<a> & \"b\"", 0, 1, Outcome::Finished)]).to_svg(UNIT);
        assert!(svg.contains(">&lt;a&gt; &amp; &quot;b&quot;</text>"), "{svg}");
        assert!(!svg.contains("<a>"));
    }

    #[test]
    fn a_very_long_timeline_is_cut_short_like_the_text() {
        let spans = (0..100).map(|n| span("again", n, n + 1, Outcome::Cancelled)).collect();
        let timeline = Timeline::new(spans);
        let svg = timeline.to_svg(UNIT);
        let text_rows = timeline.to_string().lines().filter(|line| line.contains('→')).count();
        assert_eq!(attributes(&svg, "data-rows"), [text_rows.to_string()]);
        assert_eq!(svg.matches("<g class=\"row\"").count(), MAX_ROWS);
        assert!(svg.contains("... and 60 more rows"));
    }

    #[test]
    fn an_empty_timeline_says_so() {
        let svg = Timeline::default().to_svg(UNIT);
        assert_eq!(attributes(&svg, "data-rows"), ["0"]);
        assert!(svg.contains("(no tasks were recorded)"));
    }

    #[test]
    fn the_same_timeline_gives_the_same_bytes() {
        assert_eq!(dinner().to_svg(UNIT), dinner().clone().to_svg(UNIT));
        assert_ne!(dinner().to_svg(UNIT), dinner().to_svg(UNIT * 2));
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(3.0), "3");
        assert_eq!(num(1.0 / 3.0), "0.33");
        assert_eq!(num(-0.001), "0");
    }
}
