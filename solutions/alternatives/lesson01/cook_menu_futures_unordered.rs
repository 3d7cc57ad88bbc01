// Alternative: spawns nothing, joins with `futures::future::join_all` over an iterator of futures.
// ANCHOR: cook_menu
/// Cooks every dish at once with `join_all` collected from a `Vec` of futures.
pub async fn cook_menu(menu: Vec<Dish>) -> Vec<&'static str> {
    let cooking: Vec<_> = menu.into_iter().map(cook).collect();
    futures::future::join_all(cooking).await
}
// ANCHOR_END: cook_menu
