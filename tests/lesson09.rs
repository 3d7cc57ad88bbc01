//! Lesson 09: semaphores.
//!
//! The tests count the downloads in flight on the timeline: the given
//! helpers trace only the download itself, not the wait for a permit.
//! `n` downloads of 1 unit, `at_most` at a time, take `ceil(n / at_most)`
//! units, with exactly `at_most` in flight at the busiest moment (or `n`,
//! when there are fewer downloads than that).

use timeline::grade::{cancelled, finished, grade, units};

use crate::exercise::lesson09::{
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

/// A slow download first, then three short ones: with 2 permits the short
/// ones take turns in the second slot while the slow one runs. In waves of 2
/// (the slow one and "b", then "c" and "d") this would take 5 units, not 4.
fn slow_one_first() -> Vec<(&'static str, u64)> {
    vec![("slow", 4), ("b", 1), ("c", 1), ("d", 1)]
}

#[test]
fn download_limited_runs_ten_downloads_three_at_a_time_in_four_units() {
    let run = grade(|| download_limited(one_unit_downloads(10), 3));

    assert_eq!(run.value, names(10), "the names in the order given");
    run.assert_max_concurrency(3);
    run.assert_took(4);
}

#[test]
fn download_limited_takes_one_unit_per_wave_of_at_most_downloads() {
    for (count, at_most, took) in MORE_CASES {
        let run = grade(move || download_limited(one_unit_downloads(count), at_most));

        assert_eq!(run.value, names(count));
        run.assert_max_concurrency(at_most);
        run.assert_took(took);
    }
}

#[test]
fn download_limited_starts_a_download_as_soon_as_a_permit_is_free() {
    let run = grade(|| download_limited(slow_one_first(), 2));

    run.assert_timeline(&[
        finished("slow", 0, 4),
        finished("b", 0, 1),
        finished("c", 1, 2),
        finished("d", 2, 3),
    ]);
    assert_eq!(run.value, ["slow", "b", "c", "d"]);
    run.assert_took(4);
}

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
    // 2 permits, a limit of 3, fallback 0. If this reports "Hung", permits
    // never came back: the failed "b" and the timed-out "c" kept theirs, and
    // "d" waited for one forever.
    let run = grade(|| download_with_fallback(downloads, 2, units(3), 0));

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
    assert_eq!(run.value, [10, 0, 0, 40, 50, 60], "sizes in the order given, 0 for b and c");
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
    let run = grade(|| download_with_fallback(downloads, 1, units(3), 0));

    run.assert_timeline(&[finished("a", 0, 1), cancelled("b", 1, 4), finished("c", 4, 5)]);
    assert_eq!(run.value, [0, 0, 30]);
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
    let run = grade(|| download_with_fallback(downloads, 3, units(2), 0));

    assert_eq!(
        run.value,
        (1..=10).collect::<Vec<u32>>(),
        "no download may fall back: the limit counts from when a download starts, not from when \
         it began to wait for a permit"
    );
    run.assert_max_concurrency(3);
    run.assert_took(4);
}

#[test]
fn download_in_tasks_runs_every_download_in_its_own_task_three_at_a_time() {
    let run = grade(|| download_in_tasks(one_unit_downloads(10), 3));

    assert_eq!(run.value, names(10), "the names in the order given");
    run.assert_spawned(&names(10));
    run.assert_max_concurrency(3);
    run.assert_took(4);
}

#[test]
fn download_in_tasks_takes_one_unit_per_wave_of_at_most_downloads() {
    for (count, at_most, took) in MORE_CASES {
        let run = grade(move || download_in_tasks(one_unit_downloads(count), at_most));

        assert_eq!(run.value, names(count));
        run.assert_spawned(&names(count));
        run.assert_max_concurrency(at_most);
        run.assert_took(took);
    }
}

#[test]
fn download_in_tasks_starts_a_download_as_soon_as_a_permit_is_free() {
    let run = grade(|| download_in_tasks(slow_one_first(), 2));

    run.assert_timeline(&[
        finished("slow", 0, 4),
        finished("b", 0, 1),
        finished("c", 1, 2),
        finished("d", 2, 3),
    ]);
    assert_eq!(run.value, ["slow", "b", "c", "d"]);
    run.assert_took(4);
}

#[test]
fn download_as_they_finish_runs_ten_downloads_three_at_a_time_in_four_units() {
    let run = grade(|| download_as_they_finish(one_unit_downloads(10), 3));

    let mut received = run.value.clone();
    received.sort();
    assert_eq!(received, names(10), "every name once");
    run.assert_max_concurrency(3);
    run.assert_took(4);
}

#[test]
fn download_as_they_finish_takes_one_unit_per_wave_of_at_most_downloads() {
    for (count, at_most, took) in MORE_CASES {
        let run = grade(move || download_as_they_finish(one_unit_downloads(count), at_most));

        assert_eq!(run.value.len(), count);
        run.assert_max_concurrency(at_most);
        run.assert_took(took);
    }
}

#[test]
fn download_as_they_finish_returns_the_names_in_the_order_they_finish() {
    let run = grade(|| download_as_they_finish(slow_one_first(), 2));

    run.assert_timeline(&[
        finished("slow", 0, 4),
        finished("b", 0, 1),
        finished("c", 1, 2),
        finished("d", 2, 3),
    ]);
    assert_eq!(run.value, ["b", "c", "d", "slow"], "the order they finished in");
    run.assert_took(4);
}
