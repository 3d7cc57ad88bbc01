// Mistake: cooks through `buffer_unordered(16)`, which hands the names back in the order the dishes finish, sixteen at a time.
// Expect: returned the wrong value (every dish's name, in menu order, not in the order they finish)
// ANCHOR: cook_menu
/// Cooks the menu sixteen dishes at a time, names as they are done.
pub async fn cook_menu(menu: Vec<Dish>) -> Vec<&'static str> {
    use futures::StreamExt;
    futures::stream::iter(menu).map(cook).buffer_unordered(16).collect().await
}
// ANCHOR_END: cook_menu
