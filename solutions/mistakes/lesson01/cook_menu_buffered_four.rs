// Mistake: cooks through `buffered(4)`, which keeps the order but never has more than four dishes on the stove.
// Expect: but they ran 4 at the same moment
// ANCHOR: cook_menu
/// Cooks the menu four dishes at a time, in menu order.
pub async fn cook_menu(menu: Vec<Dish>) -> Vec<&'static str> {
    use futures::StreamExt;
    futures::stream::iter(menu).map(cook).buffered(4).collect().await
}
// ANCHOR_END: cook_menu
