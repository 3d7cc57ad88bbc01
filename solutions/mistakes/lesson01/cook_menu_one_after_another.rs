// Mistake: awaits each dish in turn in a loop, as a plain `for` loop of awaits would in Python.
// Expect: but they ran one at a time
// ANCHOR: cook_menu
/// Cooks the dishes one after another.
pub async fn cook_menu(menu: Vec<Dish>) -> Vec<&'static str> {
    let mut cooked = Vec::new();
    for dish in menu {
        cooked.push(cook(dish).await);
    }
    cooked
}
// ANCHOR_END: cook_menu
