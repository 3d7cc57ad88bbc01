// Mistake: takes the names as the dishes finish and puts each at the place of its name in the menu, found in a map from name to place; of two dishes with one name, both go to the last one's place and the other place stays empty.
// Expect: differs from the reference solution in
// ANCHOR: cook_menu
/// Cooks every dish at once; each name goes back to its place by name.
pub async fn cook_menu(menu: Vec<Dish>) -> Vec<&'static str> {
    use futures::StreamExt;
    let place: std::collections::HashMap<&str, usize> =
        menu.iter().enumerate().map(|(place, dish)| (dish.name, place)).collect();
    let mut names = vec![""; menu.len()];
    let mut cooking: futures::stream::FuturesUnordered<_> = menu.into_iter().map(cook).collect();
    while let Some(name) = cooking.next().await {
        names[place[name]] = name;
    }
    names
}
// ANCHOR_END: cook_menu
