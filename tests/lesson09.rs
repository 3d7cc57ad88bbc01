//! Lesson 09: semaphores.
//!
//! The tests count the downloads in flight on the timeline: the given
//! helpers trace only the download itself, not the wait for a permit.
//! `n` downloads of 1 unit, `at_most` at a time, take `ceil(n / at_most)`
//! units, with exactly `at_most` in flight at the busiest moment (or `n`,
//! when there are fewer downloads than that).
//!
//! Below the named tests, scenario tests compare each function with the
//! reference solution on generated downloads: lengths that differ and tie,
//! names that repeat, limits that bind and limits that do not, and time
//! limits that fall exactly on a download's end or just short of it.

use std::time::Duration;

use timeline::grade::{Expected, Gen, Observed, Run, cancelled, finished, grade, scenarios, units};

use crate::exercise::{
    Download, download_as_they_finish, download_in_tasks, download_limited, download_with_fallback,
};
use crate::reference;

/// `count` downloads of 1 unit each, called "a", "b", "c" and so on.
fn one_unit_downloads(count: usize) -> Vec<(&'static str, Duration)> {
    names(count).into_iter().map(|name| (name, units(1))).collect()
}

/// The names of [`one_unit_downloads`], in order.
fn names(count: usize) -> Vec<&'static str> {
    ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"][..count].to_vec()
}

/// `(downloads, at_most, units taken)`: 7 downloads with 7 permits all run
/// at once, 5 with 2 come in waves of 2, 2 and 1, with one permit the
/// downloads run one after another, and 3 downloads with 5 permits (a limit
/// that does not bind) all run at once.
const MORE_CASES: [(usize, usize, u64); 4] = [(7, 7, 1), (5, 2, 3), (4, 1, 4), (3, 5, 1)];

/// A slow download first, then three shorter ones, for 2 permits. "slow"
/// holds one permit from 0 to 3 while "d" (0 to 1), "b" (1 to 2) and "c" (2
/// to 4) take turns in the other. They finish "d", "b", "slow", "c": neither
/// the order given, nor sorted by name, nor by length. In waves of 2 ("slow"
/// and "d", then "b" and "c") this would take 5 units, not 4.
fn slow_one_first() -> Vec<(&'static str, Duration)> {
    vec![("slow", units(3)), ("d", units(1)), ("b", units(1)), ("c", units(2))]
}

/// How [`slow_one_first`] runs with 2 permits.
fn slow_one_first_timeline() -> [Expected; 4] {
    [finished("slow", 0, 3), finished("d", 0, 1), finished("b", 1, 2), finished("c", 2, 4)]
}

#[test]
fn download_limited_runs_ten_downloads_three_at_a_time_in_four_units() {
    let run = grade(|| download_limited(one_unit_downloads(10), 3));

    run.assert_value(names(10), "the names in the order given");
    run.assert_max_concurrency(3);
    run.assert_took(4);
}

#[test]
fn download_limited_takes_one_unit_per_wave_of_at_most_downloads() {
    for (count, at_most, took) in MORE_CASES {
        let run = grade(move || download_limited(one_unit_downloads(count), at_most));

        run.assert_value(names(count), "the names in the order given");
        run.assert_max_concurrency(at_most.min(count));
        run.assert_took(took);
    }
}

#[test]
fn download_limited_starts_a_download_as_soon_as_a_permit_is_free() {
    let run = grade(|| download_limited(slow_one_first(), 2));

    run.assert_timeline(&slow_one_first_timeline());
    run.assert_value(vec!["slow", "d", "b", "c"], "the names in the order given");
    run.assert_took(4);
}

/// Not the type's default, so that a `0` from `unwrap_or_default()` shows.
const FALLBACK: u32 = 7;

/// Stalls: it would take 60 units, far longer than the limit of 3.
fn stalled(name: &'static str) -> Download {
    Download { name, takes: units(60), result: Ok(999) }
}

#[test]
fn download_with_fallback_gives_the_permit_back_when_a_download_fails_or_times_out() {
    let downloads = vec![
        Download { name: "a", takes: units(1), result: Ok(10) },
        Download { name: "b", takes: units(2), result: Err("404 not found") },
        stalled("c"),
        Download { name: "d", takes: units(1), result: Ok(40) },
        Download { name: "e", takes: units(2), result: Ok(50) },
        Download { name: "f", takes: units(1), result: Ok(60) },
    ];
    // 2 permits, a limit of 3. If this reports "Hung", permits never came
    // back: the failed "b" and the timed-out "c" kept theirs, and "d" waited
    // for one forever.
    let run = grade(|| download_with_fallback(downloads, 2, units(3), FALLBACK));

    // "c" gets the permit of "a" at 1 and is cancelled 3 units later, at 4.
    // "d" gets the permit of the failed "b" at 2, "e" that of "d" at 3, and
    // "f" that of the timed-out "c" at 4.
    run.assert_timeline(&[
        finished("a", 0, 1),
        finished("b", 0, 2),
        cancelled("c", 1, 4),
        finished("d", 2, 3),
        finished("e", 3, 5),
        finished("f", 4, 5),
    ]);
    run.assert_value(
        vec![10, FALLBACK, FALLBACK, 40, 50, 60],
        "the sizes in the order given, with the fallback passed in (7) for the failed b and the \
         stalled c",
    );
    run.assert_max_concurrency(2);
    run.assert_took(5);
}

#[test]
fn download_with_fallback_with_one_permit_passes_it_on_after_each_failure() {
    let downloads = vec![
        Download { name: "a", takes: units(1), result: Err("connection reset") },
        stalled("b"),
        Download { name: "c", takes: units(1), result: Ok(30) },
    ];
    // With a single permit, one that is not given back stops everything
    // after it: a "Hung" report here means exactly that.
    let run = grade(|| download_with_fallback(downloads, 1, units(3), FALLBACK));

    run.assert_timeline(&[finished("a", 0, 1), cancelled("b", 1, 4), finished("c", 4, 5)]);
    run.assert_value(
        vec![FALLBACK, FALLBACK, 30],
        "the fallback passed in (7) for the failed a and the stalled b, then c's size",
    );
    run.assert_took(5);
}

#[test]
fn download_with_fallback_starts_the_time_limit_when_the_download_starts() {
    // A limit of 2 units, and the last wave waits 3 units for its permit:
    // it must not time out, because the limit is for the download alone.
    let downloads = names(10)
        .into_iter()
        .zip(1..)
        .map(|(name, size)| Download { name, takes: units(1), result: Ok(size) })
        .collect();
    let run = grade(|| download_with_fallback(downloads, 3, units(2), FALLBACK));

    run.assert_value(
        (1..=10).collect(),
        "every size, none replaced by the fallback: the limit counts from when a download \
         starts, not from when it began to wait for a permit",
    );
    run.assert_max_concurrency(3);
    run.assert_took(4);
}

#[test]
fn download_with_fallback_keeps_a_download_done_exactly_at_the_limit() {
    let downloads = vec![
        Download { name: "a", takes: units(2), result: Ok(10) },
        Download { name: "b", takes: units(3), result: Ok(20) },
    ];
    let run = grade(|| download_with_fallback(downloads, 2, units(2), FALLBACK));

    // `tokio::time::timeout` polls the download before its timer: done at
    // the limit is in time (Python's `wait_for` would say too late).
    run.assert_timeline(&[finished("a", 0, 2), cancelled("b", 0, 2)]);
    run.assert_value(
        vec![10, FALLBACK],
        "a's size: it ended exactly at the limit of 2 units, which is in time; and the fallback \
         for b, which would have needed 3",
    );
    run.assert_took(2);
}

#[test]
fn download_in_tasks_runs_every_download_in_its_own_task_three_at_a_time() {
    let run = grade(|| download_in_tasks(one_unit_downloads(10), 3));

    run.assert_value(names(10), "the names in the order given");
    run.assert_spawned(&names(10));
    run.assert_max_concurrency(3);
    run.assert_took(4);
}

#[test]
fn download_in_tasks_takes_one_unit_per_wave_of_at_most_downloads() {
    for (count, at_most, took) in MORE_CASES {
        let run = grade(move || download_in_tasks(one_unit_downloads(count), at_most));

        run.assert_value(names(count), "the names in the order given");
        run.assert_spawned(&names(count));
        run.assert_max_concurrency(at_most.min(count));
        run.assert_took(took);
    }
}

#[test]
fn download_in_tasks_starts_a_download_as_soon_as_a_permit_is_free() {
    let run = grade(|| download_in_tasks(slow_one_first(), 2));

    run.assert_timeline(&slow_one_first_timeline());
    run.assert_value(vec!["slow", "d", "b", "c"], "the names in the order given");
    run.assert_spawned(&["slow", "d", "b", "c"]);
    run.assert_took(4);
}

/// `names`, sorted: what came back, whatever its order.
fn sorted(mut names: Vec<&'static str>) -> Vec<&'static str> {
    names.sort();
    names
}

#[test]
fn download_as_they_finish_runs_ten_downloads_three_at_a_time_in_four_units() {
    let run = grade(|| download_as_they_finish(one_unit_downloads(10), 3));

    run.assert_eq(sorted(run.value.clone()), names(10), "return every name, each once");
    run.assert_max_concurrency(3);
    run.assert_took(4);
}

#[test]
fn download_as_they_finish_takes_one_unit_per_wave_of_at_most_downloads() {
    for (count, at_most, took) in MORE_CASES {
        let run = grade(move || download_as_they_finish(one_unit_downloads(count), at_most));

        run.assert_eq(sorted(run.value.clone()), names(count), "return every name, each once");
        run.assert_max_concurrency(at_most.min(count));
        run.assert_took(took);
    }
}

#[test]
fn download_as_they_finish_returns_the_names_in_the_order_they_finish() {
    let run = grade(|| download_as_they_finish(slow_one_first(), 2));

    run.assert_timeline(&slow_one_first_timeline());
    run.assert_value(
        vec!["d", "b", "slow", "c"],
        "the names in the order the downloads finished: d at 1, b at 2, slow at 3, c at 4",
    );
    run.assert_took(4);
}

// Scenario tests: each function on generated downloads (0 to 8 of them,
// names repeating, each taking up to 4 units: whole units, so that several
// end at one instant, or any number of milliseconds, so that none ends on a
// whole unit), with a limit from 1 to one more than the downloads, so that it
// binds in some scenarios and not in others; compared with the reference
// solution.

#[test]
fn download_limited_matches_the_reference_on_generated_downloads() {
    scenarios().compare(
        generated_downloads,
        |(downloads, at_most)| download_limited(downloads, at_most),
        |(downloads, at_most)| reference::download_limited(downloads, at_most),
    );
}

#[test]
fn download_with_fallback_matches_the_reference_on_generated_downloads() {
    scenarios().compare(
        generated_fallback_scenario,
        |scenario| {
            let FallbackScenario { downloads, at_most, time_limit, fallback } = scenario;
            download_with_fallback(downloads, at_most, time_limit, fallback)
        },
        |scenario| {
            let FallbackScenario { downloads, at_most, time_limit, fallback } = scenario;
            reference::download_with_fallback(downloads, at_most, time_limit, fallback)
        },
    );
}

#[test]
fn download_in_tasks_matches_the_reference_on_generated_downloads() {
    scenarios().compare_by(
        generated_downloads,
        |(downloads, at_most)| download_in_tasks(downloads, at_most),
        |(downloads, at_most)| reference::download_in_tasks(downloads, at_most),
        with_tasks,
    );
}

#[test]
fn download_as_they_finish_matches_the_reference_on_generated_downloads() {
    scenarios().compare_by(
        generated_downloads,
        |(downloads, at_most)| download_as_they_finish(downloads, at_most),
        |(downloads, at_most)| reference::download_as_they_finish(downloads, at_most),
        in_finishing_order,
    );
}

/// 0 to 8 downloads of up to 4 units, names repeating, and a limit for them.
fn generated_downloads(g: &mut Gen) -> (Vec<(&'static str, Duration)>, usize) {
    let count = g.count();
    let downloads = g.items(count, |g| (g.name(), generated_length(g)));
    (downloads, generated_limit(g, count))
}

/// Up to 4 units: half the time a whole number of units, otherwise any
/// number of milliseconds.
fn generated_length(g: &mut Gen) -> Duration {
    g.duration(Duration::ZERO, units(4), units(1))
}

/// A limit from 1 to one more than `count` downloads: below `count` it
/// binds, from `count` on it does not.
fn generated_limit(g: &mut Gen, count: usize) -> usize {
    g.between(1, count as u64 + 1) as usize
}

/// What [`download_with_fallback`] is called with.
#[derive(Clone, Debug)]
struct FallbackScenario {
    downloads: Vec<Download>,
    at_most: usize,
    time_limit: Duration,
    fallback: u32,
}

/// Downloads that succeed (a size of 0 among them), fail, or stall for 60
/// units; a limit that may bind; a time limit near the downloads' lengths;
/// a fallback that is seldom 0.
fn generated_fallback_scenario(g: &mut Gen) -> FallbackScenario {
    let count = g.count();
    let downloads = g.items(count, |g| Download {
        name: g.name(),
        takes: if g.chance(15) { units(60) } else { generated_length(g) },
        result: if g.chance(30) {
            Err(g.pick(&["404 not found", "connection reset", "503 busy"]))
        } else if g.chance(15) {
            Ok(0)
        } else {
            Ok(g.between(1, 99) as u32)
        },
    });
    let time_limit = generated_time_limit(g, &downloads);
    FallbackScenario {
        at_most: generated_limit(g, count),
        time_limit,
        fallback: if g.chance(10) { 0 } else { g.between(1, 99) as u32 },
        downloads,
    }
}

/// Most often the length of one of the downloads, exactly (done at the
/// limit is in time for `tokio::time::timeout`) or a millisecond less (too
/// late); otherwise any time up to 4.5 units, whole units or not, 0
/// included.
fn generated_time_limit(g: &mut Gen, downloads: &[Download]) -> Duration {
    let lengths: Vec<Duration> = downloads.iter().map(|download| download.takes).collect();
    match g.below(3) {
        0 if !lengths.is_empty() => g.pick(&lengths),
        1 if !lengths.is_empty() => g.pick(&lengths).saturating_sub(Duration::from_millis(1)),
        _ => g.duration(Duration::ZERO, Duration::from_millis(4500), units(1)),
    }
}

/// The default observation, with how many spawned tasks ran the downloads
/// and how many downloads ran in no spawned task: each download should
/// run in a task of its own.
fn with_tasks(run: &Run<Vec<&'static str>>) -> (Observed, usize, usize) {
    let spans = run.timeline.spans();
    let mut tasks: Vec<&str> = spans.iter().filter_map(|span| span.tokio_task.as_deref()).collect();
    tasks.sort_unstable();
    tasks.dedup();
    let in_place = spans.iter().filter(|span| span.tokio_task.is_none()).count();
    (Observed::of(run), tasks.len(), in_place)
}

/// Every span, when it returned, and the names in the order the downloads
/// finished, split into groups that finished at one instant and sorted
/// within each group: the order of downloads that end together is not
/// fixed.
fn in_finishing_order(run: &Run<Vec<&'static str>>) -> (Observed, Vec<Vec<&'static str>>) {
    let mut ends: Vec<Duration> = run.timeline.spans().iter().map(|span| span.end).collect();
    ends.sort_unstable();
    let mut groups: Vec<Vec<&'static str>> = Vec::new();
    let mut names = run.value.iter().copied();
    for (index, end) in ends.iter().enumerate() {
        if index == 0 || ends[index - 1] != *end {
            groups.push(Vec::new());
        }
        let group = groups.last_mut().expect("a group was just pushed");
        group.extend(names.next());
    }
    // Names beyond the spans (returned more than downloaded): a group of their own.
    groups.push(names.collect());
    for group in &mut groups {
        group.sort_unstable();
    }
    // The value is compared as the groups, not as it came.
    let mut observed = Observed::of(run);
    observed.value = String::new();
    (observed, groups)
}
