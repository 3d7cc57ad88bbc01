// Mistake: cooks each dish name only once, however often the menu has it, and hands back the menu's names: a menu with the same dish twice is served one portion.
// Expect: differs from the reference solution in
// ANCHOR: cook_menu
/// Cooks every distinct dish at once, then names the whole menu.
pub async fn cook_menu(menu: Vec<Dish>) -> Vec<&'static str> {
    let mut distinct: Vec<Dish> = Vec::new();
    for dish in &menu {
        if !distinct.iter().any(|known| known.name == dish.name) {
            distinct.push(*dish);
        }
    }
    futures::future::join_all(distinct.into_iter().map(cook)).await;
    menu.iter().map(|dish| dish.name).collect()
}
// ANCHOR_END: cook_menu
