// Alternative: collects the cooking futures into a `FuturesOrdered` stream, which runs them all at once and yields in menu order.
// ANCHOR: cook_menu
/// Cooks every dish at once through a `FuturesOrdered`.
pub async fn cook_menu(menu: Vec<Dish>) -> Vec<&'static str> {
    use futures::StreamExt;
    menu.into_iter().map(cook).collect::<futures::stream::FuturesOrdered<_>>().collect().await
}
// ANCHOR_END: cook_menu
