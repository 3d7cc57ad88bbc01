// Mistake: collects the names from a `FuturesUnordered`, so they come back in the order the dishes finish (asyncio's `as_completed`), not in menu order.
// Expect: returned the wrong value (every dish's name, in menu order, not in the order they finish)
// ANCHOR: cook_menu
/// Cooks every dish at once; names as they are done.
pub async fn cook_menu(menu: Vec<Dish>) -> Vec<&'static str> {
    use futures::StreamExt;
    menu.into_iter().map(cook).collect::<futures::stream::FuturesUnordered<_>>().collect().await
}
// ANCHOR_END: cook_menu
