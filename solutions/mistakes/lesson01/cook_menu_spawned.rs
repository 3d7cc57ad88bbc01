// Mistake: spawns one task per dish and awaits the handles: right times and order, but the lesson asks for concurrency inside one task.
// Expect: awaited in place, but it ran in a spawned task
// ANCHOR: cook_menu
/// Cooks every dish in a task of its own.
pub async fn cook_menu(menu: Vec<Dish>) -> Vec<&'static str> {
    let handles = menu.into_iter().map(|dish| tokio::spawn(cook(dish)));
    let done = futures::future::join_all(handles).await;
    done.into_iter().map(|name| name.expect("a dish panicked")).collect()
}
// ANCHOR_END: cook_menu
