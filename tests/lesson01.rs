//! Lesson 01: sequential await, and how to get concurrency.
//!
//! Everything in this lesson runs inside the graded function itself: the
//! tests check that no dish was cooked in a spawned task.

use timeline::grade::{Gen, Observed, Run, finished, grade, scenarios};

use crate::exercise::{Dish, cook_concurrently, cook_menu, cook_sequentially, prepare_then_cook};
use crate::reference;

#[test]
fn cook_sequentially_cooks_one_dish_after_another_in_16_units() {
    let run = grade(cook_sequentially);

    run.assert_value(
        vec!["rice", "vegetables", "meat"],
        "the dishes in the order they were cooked",
    );
    run.assert_timeline(&[
        finished("rice", 0, 3),
        finished("vegetables", 3, 8),
        finished("meat", 8, 16),
    ]);
    run.assert_not_spawned(&["rice", "vegetables", "meat"]);
    run.assert_took(16);
}

#[test]
fn cook_concurrently_takes_as_long_as_the_slowest_dish() {
    let run = grade(cook_concurrently);

    run.assert_value(
        vec!["meat", "vegetables", "rice"],
        "the dishes in the order they were asked for, meat first, although rice is done first",
    );
    run.assert_timeline(&[
        finished("meat", 0, 8),
        finished("vegetables", 0, 5),
        finished("rice", 0, 3),
    ]);
    run.assert_not_spawned(&["meat", "vegetables", "rice"]);
    run.assert_took(8);
}

/// Seven dishes: menu order, the order they finish in and alphabetical order
/// all differ, and seven is nobody's buffer size.
fn dinner_for_seven() -> Vec<Dish> {
    vec![
        Dish { name: "stew", units: 7 },
        Dish { name: "bread", units: 6 },
        Dish { name: "soup", units: 2 },
        Dish { name: "tea", units: 5 },
        Dish { name: "cake", units: 1 },
        Dish { name: "fish", units: 4 },
        Dish { name: "salad", units: 3 },
    ]
}

/// `count` dishes of one unit each: more than any buffer size you would pick.
fn banquet(count: usize) -> Vec<Dish> {
    (1..=count)
        .map(|n| Dish { name: Box::leak(format!("dish {n}").into_boxed_str()), units: 1 })
        .collect()
}

fn names(menu: &[Dish]) -> Vec<&'static str> {
    menu.iter().map(|dish| dish.name).collect()
}

#[test]
fn cook_menu_cooks_every_dish_at_once_in_menu_order() {
    let menu = dinner_for_seven();
    let expected = names(&menu);
    let run = grade(|| cook_menu(menu));

    run.assert_value(expected, "every dish's name, in menu order, not in the order they finish");
    run.assert_not_spawned(&["stew", "bread", "soup", "tea", "cake", "fish", "salad"]);
    run.assert_max_concurrency(7);
    run.assert_took(7);
}

#[test]
fn cook_menu_cooks_a_banquet_of_1111_dishes_at_once() {
    let menu = banquet(1111);
    let expected = names(&menu);
    let run = grade(|| cook_menu(menu));

    run.assert_value(expected, "every dish's name, in menu order");
    run.assert_max_concurrency(1111);
    run.assert_took(1);
}

#[test]
fn cook_menu_with_an_empty_menu_returns_nothing_at_once() {
    let run = grade(|| cook_menu(Vec::new()));

    run.assert_value(Vec::new(), "no names for an empty menu");
    run.assert_took(0);
}

#[test]
fn prepare_then_cook_starts_nothing_until_the_futures_are_awaited() {
    let run = grade(prepare_then_cook);

    run.assert_value(vec!["meat", "vegetables", "rice"], "the dishes in the order they were made");
    run.assert_timeline(&[
        finished("table", 0, 2),
        finished("meat", 2, 10),
        finished("vegetables", 2, 7),
        finished("rice", 2, 5),
    ]);
    run.assert_not_spawned(&["meat", "vegetables", "rice"]);
    run.assert_took(10);
}

// Scenario test: `cook_menu` on generated menus (0 to 8 dishes of 0 to 4
// units, names repeating, durations that differ or tie), compared with the
// reference solution: the value, every span and whether it ran in place,
// and when the function returned. The other exercises take no input: their
// named tests above fix everything they do.

#[test]
fn cook_menu_matches_the_reference_on_generated_menus() {
    scenarios().compare_by(generated_menu, cook_menu, reference::cook_menu, with_places);
}

/// 0 to 8 dishes, names repeating, each taking 0 to 4 units.
fn generated_menu(g: &mut Gen) -> Vec<Dish> {
    let count = g.count();
    g.items(count, |g| Dish { name: g.name(), units: g.between(0, 4) })
}

/// The default observation, and for each span whether it ran in place or
/// in a spawned task.
fn with_places(run: &Run<Vec<&'static str>>) -> (Observed, Vec<(String, &'static str)>) {
    let mut places: Vec<_> = run
        .timeline
        .spans()
        .iter()
        .map(|span| {
            let place = if span.tokio_task.is_some() { "in a spawned task" } else { "in place" };
            (span.label.clone(), place)
        })
        .collect();
    places.sort();
    (Observed::of(run), places)
}
