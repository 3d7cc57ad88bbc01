// Mistake: awaits each lookup in a `for` loop: the right numbers, after the sum of the lookups' times instead of the longest.
// Expect: but they ran one at a time
// ANCHOR: look_up_all
/// Looks each name up in turn.
pub async fn look_up_all(directory: &Directory, names: &[String]) -> Vec<Option<u32>> {
    let mut numbers = Vec::new();
    for name in names {
        numbers.push(directory.look_up(name).await);
    }
    numbers
}
// ANCHOR_END: look_up_all
