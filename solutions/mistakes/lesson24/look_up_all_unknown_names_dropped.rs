// Mistake: leaves out the names the directory does not have (`filter_map`), where each gets `None` in its place.
// Expect: returned the wrong value
// ANCHOR: look_up_all
/// Keeps only the numbers found.
pub async fn look_up_all(directory: &Directory, names: &[String]) -> Vec<Option<u32>> {
    let numbers = join_all(names.iter().map(|name| directory.look_up(name))).await;
    numbers.into_iter().filter(Option::is_some).collect()
}
// ANCHOR_END: look_up_all
