//! The assertions a graded test makes on a [`Run`]. Each is a thin generic
//! shim over a function compiled once, and each failure names the learner's
//! function, what it did and what was expected, with the timeline.

use std::fmt::Debug;
use std::time::Duration;

use super::panics::fail;
use super::subject::your_function;
use super::{Expected, Run};
use crate::draw::seconds;
use crate::{Span, Timeline};

impl<T> Run<T> {
    /// The graded code returned `expected`. `what` says what the value is
    /// ("the dishes in menu order").
    #[track_caller]
    pub fn assert_value(&self, expected: T, what: &str)
    where
        T: PartialEq + Debug,
    {
        if self.value != expected {
            value_differs(&format!("{:#?}", self.value), &format!("{expected:#?}"), what);
        }
    }

    /// Something the test read from the run (`actual`) equals `expected`;
    /// `what` says what it is and why it must be so. The timeline is shown
    /// on failure.
    #[track_caller]
    pub fn assert_eq<V: PartialEq + Debug>(&self, actual: V, expected: V, what: &str) {
        if actual != expected {
            differs(&self.how_it_ran(), &format!("{actual:?}"), &format!("{expected:?}"), what);
        }
    }

    /// `condition` holds; `what` says what it means when it does not. The
    /// timeline is shown on failure.
    #[track_caller]
    pub fn assert_that(&self, condition: bool, what: &str) {
        if !condition {
            not_so(&self.how_it_ran(), what);
        }
    }

    /// The graded code returned after exactly `secs` virtual seconds.
    #[track_caller]
    pub fn assert_took(&self, secs: u64) {
        took(&self.how_it_ran(), self.elapsed, Duration::from_secs(secs))
    }

    /// The graded code returned after exactly `duration` of virtual time.
    #[track_caller]
    pub fn assert_took_exactly(&self, duration: Duration) {
        took(&self.how_it_ran(), self.elapsed, duration)
    }

    /// The recorded tasks are exactly `expected`, in any order, to the
    /// nanosecond (the paused clock is exact). On failure both timelines are
    /// drawn to one scale.
    #[track_caller]
    pub fn assert_timeline(&self, expected: &[Expected]) {
        timeline_is(&self.timeline, expected, &self.outside_note())
    }

    /// At most `limit` of the recorded spans ran at any moment, and at some
    /// moment exactly `limit` did.
    #[track_caller]
    pub fn assert_max_concurrency(&self, limit: usize) {
        max_concurrency(&self.timeline, limit)
    }

    /// Each span named in `labels` ran in a spawned tokio task of its own,
    /// not inside the graded function itself.
    #[track_caller]
    pub fn assert_spawned(&self, labels: &[&str]) {
        spawned(&self.timeline, labels)
    }

    /// Each span named in `labels` ran inside the graded function itself
    /// (awaited in place), not in a spawned task.
    #[track_caller]
    pub fn assert_not_spawned(&self, labels: &[&str]) {
        not_spawned(&self.timeline, labels)
    }

    /// `first` was recorded before `then`. Spans starting at the same virtual
    /// instant keep the order in which they happened, so this tells apart two
    /// events at one instant (a cleanup and a return, say). `why` explains to
    /// the learner what the order means.
    #[track_caller]
    pub fn assert_recorded_before(&self, first: &str, then: &str, why: &str) {
        recorded_before(&self.timeline, first, then, why)
    }

    /// The timeline, and a note when the code waited for work outside the
    /// runtime: a wait done that way takes no virtual time, which is often
    /// why the timings are off.
    /// "Your code ran like this:" and the timeline, or nothing when no task
    /// was recorded (an exercise that runs none of the given helpers).
    fn how_it_ran(&self) -> String {
        if self.timeline.spans().is_empty() {
            return self.outside_note();
        }
        // To the later of the last span's end and the return, so that a wait
        // after the last task (the mistake, often) shows as blank time.
        let scale = self.timeline.end().max(self.elapsed);
        format!(
            "Your code ran like this:\n\n{}{}",
            self.timeline.draw_to_scale(scale),
            self.outside_note()
        )
    }

    fn outside_note(&self) -> String {
        if self.waited_outside < OUTSIDE_NOTE_FROM {
            return String::new();
        }
        format!(
            "\nNote: your code spent {:.2?} of real time waiting for work outside the runtime \
             (`spawn_blocking`, a thread). The paused clock does not count that time, so a \
             pause taken that way (`std::thread::sleep` in `spawn_blocking`) takes no virtual \
             time at all. To wait, use `tokio::time::sleep(..).await`.\n",
            self.waited_outside
        )
    }

    /// The recorded span called `label`; fails with the timeline when there is none.
    #[track_caller]
    pub fn task(&self, label: &str) -> &Span {
        task(&self.timeline, label)
    }
}

/// `actual` equals `expected`, for what a test reads outside a [`Run`] (the
/// log of a learner's executor, say); `what` says what it is and why it must
/// be so.
#[track_caller]
pub fn assert_same<V: PartialEq + Debug>(actual: V, expected: V, what: &str) {
    if actual != expected {
        differs("", &format!("{actual:?}"), &format!("{expected:?}"), what);
    }
}

fn value_differs(actual: &str, expected: &str, what: &str) -> ! {
    fail(format!(
        "\n\n{} returned the wrong value ({what}).\n\
         It returned:\n{}\n\
         Expected:\n{}\n",
        capitalized(&your_function()),
        indent(actual),
        indent(expected),
    ))
}

/// Real time waiting outside the runtime past which a failure mentions it.
const OUTSIDE_NOTE_FROM: Duration = Duration::from_millis(100);

fn differs(how_it_ran: &str, actual: &str, expected: &str, what: &str) -> ! {
    fail(format!(
        "\n\n{} did not do what the test checks: {what}.\n\
         It gave:    {actual}\n\
         Expected:   {expected}\n\
         {how_it_ran}",
        capitalized(&your_function()),
    ))
}

fn not_so(how_it_ran: &str, what: &str) -> ! {
    fail(format!(
        "\n\n{} did not do what the test checks: {what}.\n\
         {how_it_ran}",
        capitalized(&your_function()),
    ))
}

/// "Your code" at the start of a sentence.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn indent(text: &str) -> String {
    text.lines().map(|line| format!("    {line}")).collect::<Vec<_>>().join("\n")
}

fn took(how_it_ran: &str, elapsed: Duration, expected: Duration) {
    if elapsed != expected {
        fail(format!(
            "\n\nExpected {} to return after {}, but it returned after {}.\n{how_it_ran}",
            your_function(),
            seconds(expected),
            seconds(elapsed),
        ));
    }
}

fn timeline_is(timeline: &Timeline, expected: &[Expected], note: &str) {
    let expected = Timeline::new(expected.iter().map(Expected::to_span).collect());
    if comparable(timeline) != comparable(&expected) {
        let scale = timeline.end().max(expected.end());
        fail(format!(
            "\n\n{} did not run its work as expected.\n\nYour code ran like this:\n\n{}\n\
             Expected:\n\n{}{note}",
            capitalized(&your_function()),
            timeline.draw_to_scale(scale),
            expected.draw_to_scale(scale),
        ));
    }
}

fn max_concurrency(timeline: &Timeline, limit: usize) {
    let most = timeline.max_concurrency();
    if most != limit {
        let overlap = match most {
            1 => "one at a time".to_string(),
            n => format!("{n} at the same moment"),
        };
        fail(format!(
            "\n\nExpected {} to run at most {limit} of these at the same moment (and at some \
             moment exactly {limit}), but they ran {overlap}.\nYour code ran like this:\n\n{}",
            your_function(),
            timeline
        ));
    }
}

fn spawned(timeline: &Timeline, labels: &[&str]) {
    let mut seen: Vec<&str> = Vec::new();
    for label in labels {
        let task = task(timeline, label).tokio_task.as_deref();
        let problem = match task {
            None => "it ran inside your function, not in a spawned task (use `tokio::spawn`)",
            Some(id) if seen.contains(&id) => "it shared a spawned task with another one",
            Some(id) => {
                seen.push(id);
                continue;
            }
        };
        fail(format!(
            "\n\nExpected {} to run {label:?} in a spawned task of its own, but {problem}.\n",
            your_function()
        ));
    }
}

fn not_spawned(timeline: &Timeline, labels: &[&str]) {
    for label in labels {
        if task(timeline, label).tokio_task.is_some() {
            fail(format!(
                "\n\nExpected {} to run {label:?} itself, awaited in place, but it ran in a \
                 spawned task (`tokio::spawn`). Concurrency inside one function comes from \
                 awaiting several futures together (`tokio::join!`, `join_all`, `select!`).\n",
                your_function()
            ));
        }
    }
}

fn recorded_before(timeline: &Timeline, first: &str, then: &str, why: &str) {
    let position = |label: &str| timeline.spans().iter().position(|s| s.label == label);
    let problem = match (position(first), position(then)) {
        (Some(a), Some(b)) if a < b => return,
        (Some(_), Some(_)) => format!("{first:?} happened only after {then:?}"),
        (None, _) => format!("{first:?} never happened"),
        (_, None) => format!("{then:?} never happened"),
    };
    fail(format!(
        "\n\nIn {}, {problem}. {why}\n\
         Your code ran like this (rows that start at the same instant are in the order they \
         happened):\n\n{}",
        your_function(),
        timeline
    ));
}

fn task<'a>(timeline: &'a Timeline, label: &str) -> &'a Span {
    match timeline.span(label) {
        Some(span) => span,
        None => fail(format!(
            "\n\nExpected {} to run {label:?}, but it never ran.\n\
             Your code ran like this:\n\n{}",
            your_function(),
            timeline
        )),
    }
}

/// Spans as sortable tuples, so that order does not matter.
pub(super) fn comparable(timeline: &Timeline) -> Vec<(Duration, Duration, String, String)> {
    let mut rows: Vec<_> = timeline
        .spans()
        .iter()
        .map(|span| (span.start, span.end, span.label.clone(), format!("{:?}", span.outcome)))
        .collect();
    rows.sort();
    rows
}
