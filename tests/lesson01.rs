//! Lesson 01: sequential await, and how to get concurrency.

use timeline::grade::{finished, grade};

use crate::exercise::lesson01::{
    Dish, cook_concurrently, cook_menu, cook_sequentially, prepare_then_cook,
};

#[test]
fn cook_sequentially_cooks_one_dish_after_another_in_16_units() {
    let run = grade(cook_sequentially);

    assert_eq!(run.value, ["rice", "vegetables", "meat"]);
    run.assert_timeline(&[
        finished("rice", 0, 3),
        finished("vegetables", 3, 8),
        finished("meat", 8, 16),
    ]);
    run.assert_took(16);
}

#[test]
fn cook_concurrently_takes_as_long_as_the_slowest_dish() {
    let run = grade(cook_concurrently);

    assert_eq!(run.value, ["rice", "vegetables", "meat"]);
    run.assert_timeline(&[
        finished("rice", 0, 3),
        finished("vegetables", 0, 5),
        finished("meat", 0, 8),
    ]);
    run.assert_took(8);
}

#[test]
fn cook_menu_cooks_any_number_of_dishes_at_once_in_menu_order() {
    let menu = vec![
        Dish { name: "soup", units: 2 },
        Dish { name: "bread", units: 6 },
        Dish { name: "cake", units: 1 },
        Dish { name: "fish", units: 4 },
    ];
    let run = grade(|| cook_menu(menu));

    assert_eq!(run.value, ["soup", "bread", "cake", "fish"]);
    run.assert_max_concurrency(4);
    run.assert_took(6);
}

#[test]
fn cook_menu_with_an_empty_menu_returns_at_once() {
    let run = grade(|| cook_menu(Vec::new()));

    assert!(run.value.is_empty());
    run.assert_took(0);
}

#[test]
fn prepare_then_cook_starts_nothing_until_the_futures_are_awaited() {
    let run = grade(prepare_then_cook);

    assert_eq!(run.value, ["rice", "vegetables", "meat"]);
    run.assert_timeline(&[
        finished("table", 0, 2),
        finished("rice", 2, 5),
        finished("vegetables", 2, 7),
        finished("meat", 2, 10),
    ]);
    run.assert_took(10);
}
