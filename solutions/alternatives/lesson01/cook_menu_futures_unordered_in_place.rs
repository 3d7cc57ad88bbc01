// Alternative: a `FuturesUnordered` of (position, future) pairs, each name written into its menu slot as it finishes.
// ANCHOR: cook_menu
/// Cooks every dish at once and puts each name back in its menu place.
pub async fn cook_menu(menu: Vec<Dish>) -> Vec<&'static str> {
    use futures::StreamExt;
    let mut names = vec![""; menu.len()];
    let mut cooking: futures::stream::FuturesUnordered<_> = menu
        .into_iter()
        .enumerate()
        .map(|(place, dish)| async move { (place, cook(dish).await) })
        .collect();
    while let Some((place, name)) = cooking.next().await {
        names[place] = name;
    }
    names
}
// ANCHOR_END: cook_menu
