//! Scenario tests: the learner's function and the reference solution run on
//! the same generated inputs, and must be seen to do the same thing.
//!
//! The named tests of a lesson are its readable specification, but they are
//! hand-picked: every duration a whole unit, no duplicates, limits that never
//! bind. A wrong answer that happens to agree on those cases passes them. A
//! scenario test generates many inputs from a seed ([`Gen`]), grades the
//! learner's function and the reference on each under the same contract
//! (paused clock, hang, blocking, leak and panic checks), and compares what
//! the spec makes observable: by default the value, every traced span (label,
//! start, end, outcome) and when the function returned.
//!
//! Scenarios grow: the first ones are tiny (empty input, one item), later
//! ones larger, so the first mismatch is already a small one; before it is
//! reported, more scenarios of every smaller size are tried, and the
//! smallest that shows a difference is the one named. The scenarios are the
//! same on every run, so a verdict can be repeated by running the test again;
//! `WORKBOOK_SEED=N` grades with another set of them.
//!
//! No crate does the generating: a seeded generator of a few dozen lines
//! costs nothing to build, where proptest with its features trimmed added
//! about 12 s to a cold build on two cores, and the shrinking that matters
//! here (fewer, shorter items) comes from growing the scenarios instead.

use std::fmt::Debug;
use std::panic::{self, AssertUnwindSafe};
use std::time::Duration;

use super::check::comparable;
use super::panics::{fail, message_of};
use super::subject::your_function;
use super::{Grader, Run};
use crate::Timeline;
use crate::draw::seconds;

/// The environment variable that picks another set of scenarios.
pub const SEED_VARIABLE: &str = "WORKBOOK_SEED";

/// Scenarios a comparison tries, unless told otherwise.
const DEFAULT_COUNT: usize = 120;

/// The largest size a scenario grows to, unless told otherwise.
const DEFAULT_MAX_SIZE: usize = 8;

/// Extra scenarios tried at each smaller size once one differs.
const SHRINK_TRIES: usize = 40;

/// A source of generated inputs for one scenario: a small, seeded
/// pseudo-random generator (SplitMix64) and the scenario's size, which
/// bounds how many items it should have.
#[derive(Clone, Debug)]
pub struct Gen {
    state: u64,
    size: usize,
}

impl Gen {
    /// A generator for a scenario of `size` items at most, from `seed`.
    pub fn new(seed: u64, size: usize) -> Self {
        Gen { state: seed, size }
    }

    /// The scenario's size: how many items it may hold, at most.
    pub fn size(&self) -> usize {
        self.size
    }

    /// The next raw 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number from `low` to `high`, both included.
    pub fn between(&mut self, low: u64, high: u64) -> u64 {
        assert!(low <= high, "between({low}, {high}): low is above high");
        let span = high - low;
        if span == u64::MAX {
            return self.next_u64();
        }
        low + self.next_u64() % (span + 1)
    }

    /// A count of items from 0 to the scenario's size.
    pub fn count(&mut self) -> usize {
        self.between(0, self.size as u64) as usize
    }

    /// A count of items from `at_least` to the scenario's size (or
    /// `at_least`, when the size is smaller).
    pub fn count_from(&mut self, at_least: usize) -> usize {
        self.between(at_least as u64, self.size.max(at_least) as u64) as usize
    }

    /// True about `percent` times in a hundred.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// A number from 0 to `n - 1`.
    pub fn below(&mut self, n: u64) -> u64 {
        assert!(n > 0, "below(0) has no answer");
        self.next_u64() % n
    }

    /// One of `items`, any of them equally likely.
    pub fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize].clone()
    }

    /// A duration from `low` to `high` whole milliseconds (both included),
    /// most often between whole seconds: 1.25 s, 0.4 s, 2.75 s.
    pub fn millis(&mut self, low: u64, high: u64) -> Duration {
        Duration::from_millis(self.between(low, high))
    }

    /// A duration from `low` to `high`: half the time a whole multiple of
    /// `step`, so that ties happen (two items ending at one instant), and
    /// otherwise any whole number of milliseconds, so that near misses do.
    pub fn duration(&mut self, low: Duration, high: Duration, step: Duration) -> Duration {
        let (low, high) = (low.as_millis() as u64, high.as_millis() as u64);
        if self.chance(50) {
            let step = (step.as_millis() as u64).max(1);
            let steps = self.between(low.div_ceil(step), high / step);
            Duration::from_millis(steps * step)
        } else {
            Duration::from_millis(self.between(low, high))
        }
    }

    /// A short name, from a small pool so that duplicates happen.
    pub fn name(&mut self) -> &'static str {
        self.pick(&NAMES)
    }

    /// `count` items, each made by `item`.
    pub fn items<T>(&mut self, count: usize, mut item: impl FnMut(&mut Gen) -> T) -> Vec<T> {
        (0..count).map(|_| item(self)).collect()
    }
}

/// The names [`Gen::name`] picks from: few enough that a scenario of eight
/// items often repeats one, and neither sorted nor in any telling order.
const NAMES: [&str; 7] = ["pear", "fig", "apple", "kiwi", "date", "lime", "plum"];

/// What a scenario test compares by default: the value, every span and when
/// the graded function returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Observed {
    /// The value, as `{:#?}` prints it.
    pub value: String,
    /// Every span, sorted by start, end, label and outcome: spans that start
    /// at one instant may be recorded in any order without counting as a
    /// difference.
    pub spans: Vec<(Duration, Duration, String, String)>,
    /// When the graded function returned.
    pub returned: Duration,
}

impl Observed {
    /// The default observation of a run.
    pub fn of<T: Debug>(run: &Run<T>) -> Self {
        Observed {
            value: format!("{:#?}", run.value),
            spans: comparable(&run.timeline),
            returned: run.elapsed,
        }
    }
}

/// A scenario test: how many scenarios, how large, graded how.
#[derive(Clone, Debug)]
pub struct Scenarios {
    count: usize,
    max_size: usize,
    repeats: usize,
    grader: Grader,
}

/// A scenario test with the default settings: 120 scenarios growing to
/// size 8, each graded once with [`Grader::new`].
pub fn scenarios() -> Scenarios {
    Scenarios {
        count: DEFAULT_COUNT,
        max_size: DEFAULT_MAX_SIZE,
        repeats: 1,
        grader: Grader::new(),
    }
}

/// One side of a comparison, seen on one scenario.
struct Seen {
    /// What is compared, as text.
    compared: String,
    value: String,
    timeline: Timeline,
    returned: Duration,
}

/// The learner's run differed from the reference's on a scenario.
struct Mismatch {
    scenario: String,
    size: usize,
    yours: Seen,
    reference: Seen,
}

impl Scenarios {
    /// Tries `count` scenarios.
    pub fn count(mut self, count: usize) -> Self {
        self.count = count;
        self
    }

    /// Lets scenarios grow to `size` items.
    pub fn max_size(mut self, size: usize) -> Self {
        self.max_size = size;
        self
    }

    /// Runs the learner's function `times` times on each scenario, for code
    /// whose behaviour may depend on a random choice of the runtime (a
    /// `select!` without `biased;` picks its branch at random): a mistake
    /// that shows half the time is then missed once in 2^times.
    pub fn repeat(mut self, times: usize) -> Self {
        self.repeats = times.max(1);
        self
    }

    /// Grades each run with `grader` (expected task panics, say).
    pub fn grader(mut self, grader: Grader) -> Self {
        self.grader = grader;
        self
    }

    /// Runs `yours` and `reference` on every generated scenario and fails,
    /// with the smallest scenario found, where they differ in value, spans
    /// or return time.
    #[track_caller]
    pub fn compare<S, T, Yours, Reference>(
        self,
        generate: fn(&mut Gen) -> S,
        yours: fn(S) -> Yours,
        reference: fn(S) -> Reference,
    ) where
        S: Clone + Debug + Send + 'static,
        T: Debug + Send + 'static,
        Yours: Future<Output = T> + 'static,
        Reference: Future<Output = T> + 'static,
    {
        self.compare_observing(generate, yours, reference, Observed::of, false);
    }

    /// Like [`Scenarios::compare`], but compares only what `observe` reads
    /// from each run: for a spec that leaves some things open (the order of
    /// simultaneous events, which worker leads), or that fixes more than the
    /// spans show.
    #[track_caller]
    pub fn compare_by<S, T, P, Yours, Reference>(
        self,
        generate: fn(&mut Gen) -> S,
        yours: fn(S) -> Yours,
        reference: fn(S) -> Reference,
        observe: fn(&Run<T>) -> P,
    ) where
        S: Clone + Debug + Send + 'static,
        T: Debug + Send + 'static,
        P: Debug,
        Yours: Future<Output = T> + 'static,
        Reference: Future<Output = T> + 'static,
    {
        self.compare_observing(generate, yours, reference, observe, true);
    }

    #[track_caller]
    fn compare_observing<S, T, P, Yours, Reference>(
        self,
        generate: fn(&mut Gen) -> S,
        yours: fn(S) -> Yours,
        reference: fn(S) -> Reference,
        observe: fn(&Run<T>) -> P,
        show_observed: bool,
    ) where
        S: Clone + Debug + Send + 'static,
        T: Debug + Send + 'static,
        P: Debug,
        Yours: Future<Output = T> + 'static,
        Reference: Future<Output = T> + 'static,
    {
        let grader = self.grader.clone();
        let see = |scenario: &S, graded: Side| -> Seen {
            let scenario = scenario.clone();
            let run = match graded {
                Side::Yours => grader.clone().run(move || yours(scenario)),
                Side::Reference => grader.clone().run(move || reference(scenario)),
            };
            Seen {
                compared: readable(&observe(&run)),
                value: readable(&run.value),
                returned: run.elapsed,
                timeline: run.timeline,
            }
        };
        let try_one = |seed: u64, size: usize| -> Option<Mismatch> {
            let scenario = generate(&mut Gen::new(seed, size));
            let described = readable(&scenario);
            let reference = reference_side(|| see(&scenario, Side::Reference), &described);
            for _ in 0..self.repeats {
                let yours = your_side(|| see(&scenario, Side::Yours), &described);
                if yours.compared != reference.compared {
                    return Some(Mismatch { scenario: described, size, yours, reference });
                }
            }
            None
        };
        let base = base_seed();
        let first = (0..self.count).find_map(|index| {
            let size = index * (self.max_size + 1) / self.count.max(1);
            try_one(scenario_seed(base, index as u64), size)
        });
        let Some(first) = first else { return };
        let smaller = (0..first.size).find_map(|size| {
            (0..SHRINK_TRIES).find_map(|extra| {
                let seed = scenario_seed(base ^ 0x5EED, (size * SHRINK_TRIES + extra) as u64);
                try_one(seed, size)
            })
        });
        report(smaller.unwrap_or(first), self.count, base, show_observed)
    }
}

#[derive(Clone, Copy)]
enum Side {
    Yours,
    Reference,
}

/// Grades the learner's side; a verdict of the harness (hung, leaked,
/// blocked) is passed on with the scenario that caused it. An exercise not
/// written yet gets the plain message: no scenario would tell it more.
fn your_side(see: impl FnOnce() -> Seen, scenario: &str) -> Seen {
    match panic::catch_unwind(AssertUnwindSafe(see)) {
        Ok(seen) => seen,
        Err(verdict) => {
            if !message_of(verdict.as_ref()).trim_start().starts_with("Not written yet") {
                eprintln!("\nThis happened on a generated scenario:\n{}\n", indent(scenario));
            }
            panic::resume_unwind(verdict)
        }
    }
}

/// Grades the reference's side; if it breaks the contract, the scenario is
/// one the test should not have generated.
fn reference_side(see: impl FnOnce() -> Seen, scenario: &str) -> Seen {
    match panic::catch_unwind(AssertUnwindSafe(see)) {
        Ok(seen) => seen,
        Err(verdict) => {
            eprintln!(
                "\nThe reference solution itself failed on this generated scenario, so the \
                 test generates a scenario it should not (a fault in the test, not in your \
                 code):\n{}\n",
                indent(scenario)
            );
            panic::resume_unwind(verdict)
        }
    }
}

/// The seed of this run's scenarios: fixed, unless `WORKBOOK_SEED` says.
fn base_seed() -> u64 {
    match std::env::var(SEED_VARIABLE) {
        Ok(text) => parse_seed(&text).unwrap_or_else(|| {
            fail(format!(
                "\n\n{SEED_VARIABLE}={text:?} is not a seed: give a whole number, such as \
                 {SEED_VARIABLE}=7.\n"
            ))
        }),
        Err(_) => 0,
    }
}

fn parse_seed(text: &str) -> Option<u64> {
    text.trim().parse().ok()
}

/// The seed of scenario `index`: each scenario's inputs are independent of
/// the others', so a smaller count tries a prefix of the same scenarios.
fn scenario_seed(base: u64, index: u64) -> u64 {
    let mut mix = Gen::new(base.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ index, 0);
    mix.next_u64()
}

fn report(mismatch: Mismatch, count: usize, base: u64, show_observed: bool) -> ! {
    let Mismatch { scenario, yours, reference, .. } = mismatch;
    let scale = yours.timeline.end().max(reference.timeline.end());
    let what = if yours.value != reference.value {
        "what it returned"
    } else if yours.returned != reference.returned {
        "when it returned"
    } else {
        "how its work ran"
    };
    let repeat = match base {
        0 => format!(
            "The scenarios are the same on every run, so running this test again repeats this \
             one. To grade on another set: {SEED_VARIABLE}=N cargo test ... (N a whole number)."
        ),
        seed => format!(
            "These scenarios came from {SEED_VARIABLE}={seed}: run the test again with it to \
             repeat this one."
        ),
    };
    fail(format!(
        "\n\nOn a generated scenario, {you} differs from the reference solution in {what}.\n\
         The scenario (the smallest found among {count}):\n{scenario}\n\n\
         {You} returned after {your_time}:\n{your_value}\n\
         The reference solution returned after {reference_time}:\n{reference_value}\n\n\
         Your code ran like this:\n\n{your_timeline}\n\
         The reference solution ran like this:\n\n{reference_timeline}{compared}\n\
         {repeat}\n",
        you = your_function(),
        You = capitalized(&your_function()),
        scenario = indent(&scenario),
        your_time = seconds(yours.returned),
        reference_time = seconds(reference.returned),
        your_value = indent(&yours.value),
        reference_value = indent(&reference.value),
        your_timeline = yours.timeline.draw_to_scale(scale),
        reference_timeline = reference.timeline.draw_to_scale(scale),
        compared = if show_observed { compared_note(&yours, &reference) } else { String::new() },
    ))
}

/// When the test compares something other than the default observation,
/// both sides of it, since the value and the timelines may not show it.
fn compared_note(yours: &Seen, reference: &Seen) -> String {
    format!(
        "\nWhat the test compares, from your run:\n{}\nand from the reference's:\n{}\n",
        indent(&yours.compared),
        indent(&reference.compared)
    )
}

/// `{:?}` when it fits on a line, `{:#?}` otherwise.
fn readable(value: &impl Debug) -> String {
    let short = format!("{value:?}");
    if short.len() <= 90 { short } else { format!("{value:#?}") }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn indent(text: &str) -> String {
    text.lines().map(|line| format!("    {line}")).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_and_size_give_the_same_numbers() {
        let mut a = Gen::new(42, 5);
        let mut b = Gen::new(42, 5);
        let first: Vec<u64> = (0..10).map(|_| a.between(0, 1000)).collect();
        let second: Vec<u64> = (0..10).map(|_| b.between(0, 1000)).collect();
        assert_eq!(first, second);
        assert!(first.iter().any(|n| *n != first[0]), "{first:?}");
    }

    #[test]
    fn between_stays_in_its_bounds_and_reaches_both() {
        let mut g = Gen::new(7, 0);
        let drawn: Vec<u64> = (0..500).map(|_| g.between(3, 6)).collect();
        assert!(drawn.iter().all(|n| (3..=6).contains(n)));
        assert!(drawn.contains(&3) && drawn.contains(&6));
    }

    #[test]
    fn durations_fall_both_on_steps_and_between_them() {
        let mut g = Gen::new(1, 0);
        let drawn: Vec<Duration> = (0..200)
            .map(|_| {
                g.duration(
                    Duration::from_millis(100),
                    Duration::from_secs(3),
                    Duration::from_secs(1),
                )
            })
            .collect();
        assert!(
            drawn.iter().all(|d| *d >= Duration::from_millis(100) && *d <= Duration::from_secs(3))
        );
        assert!(drawn.iter().any(|d| d.subsec_millis() == 0));
        assert!(drawn.iter().any(|d| d.subsec_millis() != 0));
    }

    #[test]
    fn counts_reach_zero_and_the_size() {
        let mut g = Gen::new(3, 4);
        let counts: Vec<usize> = (0..200).map(|_| g.count()).collect();
        assert!(counts.contains(&0) && counts.contains(&4) && counts.iter().all(|c| *c <= 4));
    }

    #[test]
    fn a_seed_must_be_a_whole_number() {
        assert_eq!(parse_seed(" 12 "), Some(12));
        assert_eq!(parse_seed("twelve"), None);
    }

    #[test]
    fn scenario_seeds_differ_by_index_and_by_base() {
        assert_ne!(scenario_seed(0, 1), scenario_seed(0, 2));
        assert_ne!(scenario_seed(0, 1), scenario_seed(1, 1));
    }
}
