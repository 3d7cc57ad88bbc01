//! Lesson 01, solved: sequential await, and how to get concurrency.

pub use given::lesson01::{Dish, MEAT, RICE, VEGETABLES, cook, set_table};

// ANCHOR: cook_sequentially
/// Cooks rice, vegetables and meat one after another: 16 units.
pub async fn cook_sequentially() -> Vec<&'static str> {
    let rice = cook(RICE).await;
    let vegetables = cook(VEGETABLES).await;
    let meat = cook(MEAT).await;
    vec![rice, vegetables, meat]
}
// ANCHOR_END: cook_sequentially

// ANCHOR: cook_concurrently
/// Cooks all three at once within this task: 8 units. `join!` hands back
/// the results in the order of its arguments, whatever order they finish in.
pub async fn cook_concurrently() -> Vec<&'static str> {
    let (meat, vegetables, rice) = tokio::join!(cook(MEAT), cook(VEGETABLES), cook(RICE));
    vec![meat, vegetables, rice]
}
// ANCHOR_END: cook_concurrently

// ANCHOR: cook_menu
/// Cooks a menu of any length at once; `join_all` keeps the menu's order.
pub async fn cook_menu(menu: Vec<Dish>) -> Vec<&'static str> {
    futures::future::join_all(menu.into_iter().map(cook)).await
}
// ANCHOR_END: cook_menu

// ANCHOR: prepare_then_cook
/// Creating the futures starts nothing, so the cooking begins only after the
/// table is set: at 2 units, done at 10.
pub async fn prepare_then_cook() -> Vec<&'static str> {
    let meat = cook(MEAT);
    let vegetables = cook(VEGETABLES);
    let rice = cook(RICE);
    set_table().await;
    let (meat, vegetables, rice) = tokio::join!(meat, vegetables, rice);
    vec![meat, vegetables, rice]
}
// ANCHOR_END: prepare_then_cook
