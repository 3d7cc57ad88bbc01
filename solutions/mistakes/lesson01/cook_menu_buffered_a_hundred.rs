// Mistake: cooks through `buffered(100)`, a limit that looks like "no limit" until the menu is longer than a hundred dishes.
// Expect: but they ran 100 at the same moment
// ANCHOR: cook_menu
/// Cooks the menu a hundred dishes at a time, in menu order.
pub async fn cook_menu(menu: Vec<Dish>) -> Vec<&'static str> {
    use futures::StreamExt;
    futures::stream::iter(menu).map(cook).buffered(100).collect().await
}
// ANCHOR_END: cook_menu
