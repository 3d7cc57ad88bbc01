//! Lesson 09: semaphores.
//!
//! The tests count the downloads in flight on the timeline: the given
//! helpers trace only the download itself, not the wait for a permit.
//! `n` downloads of 1 unit, `at_most` at a time, take `ceil(n / at_most)`
//! units, with exactly `at_most` in flight at the busiest moment (or `n`,
//! when there are fewer downloads than that).

use timeline::grade::{Expected, cancelled, finished, grade, units};

use crate::exercise::{
    Download, download_as_they_finish, download_in_tasks, download_limited, download_with_fallback,
};

/// `count` downloads of 1 unit each, called "a", "b", "c" and so on.
fn one_unit_downloads(count: usize) -> Vec<(&'static str, u64)> {
    names(count).into_iter().map(|name| (name, 1)).collect()
}

/// The names of [`one_unit_downloads`], in order.
fn names(count: usize) -> Vec<&'static str> {
    ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"][..count].to_vec()
}

/// `(downloads, at_most, units taken)`: 7 downloads with 7 permits all run
/// at once, 5 with 2 come in waves of 2, 2 and 1, and with one permit the
/// downloads run one after another.
const MORE_CASES: [(usize, usize, u64); 3] = [(7, 7, 1), (5, 2, 3), (4, 1, 4)];

/// A slow download first, then three shorter ones, for 2 permits. "slow"
/// holds one permit from 0 to 3 while "d" (0 to 1), "b" (1 to 2) and "c" (2
/// to 4) take turns in the other. They finish "d", "b", "slow", "c": neither
/// the order given, nor sorted by name, nor by length. In waves of 2 ("slow"
/// and "d", then "b" and "c") this would take 5 units, not 4.
fn slow_one_first() -> Vec<(&'static str, u64)> {
    vec![("slow", 3), ("d", 1), ("b", 1), ("c", 2)]
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
        run.assert_max_concurrency(at_most);
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
    Download { name, units: 60, result: Ok(999) }
}

#[test]
fn download_with_fallback_gives_the_permit_back_when_a_download_fails_or_times_out() {
    let downloads = vec![
        Download { name: "a", units: 1, result: Ok(10) },
        Download { name: "b", units: 2, result: Err("404 not found") },
        stalled("c"),
        Download { name: "d", units: 1, result: Ok(40) },
        Download { name: "e", units: 2, result: Ok(50) },
        Download { name: "f", units: 1, result: Ok(60) },
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
        Download { name: "a", units: 1, result: Err("connection reset") },
        stalled("b"),
        Download { name: "c", units: 1, result: Ok(30) },
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
        .map(|(name, size)| Download { name, units: 1, result: Ok(size) })
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
        run.assert_max_concurrency(at_most);
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
        run.assert_max_concurrency(at_most);
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
