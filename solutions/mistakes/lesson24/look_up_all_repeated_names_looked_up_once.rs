// Mistake: looks each distinct name up once (a set of the names) and copies the number to its repeats: the spec asks for one lookup per name listed.
// Expect: did not run its work as expected
// ANCHOR: look_up_all
/// Looks each distinct name up once.
pub async fn look_up_all(directory: &Directory, names: &[String]) -> Vec<Option<u32>> {
    let distinct: std::collections::BTreeSet<&String> = names.iter().collect();
    let distinct: Vec<&String> = distinct.into_iter().collect();
    let numbers = join_all(distinct.iter().map(|name| directory.look_up(name))).await;
    let found: BTreeMap<&String, Option<u32>> = distinct.into_iter().zip(numbers).collect();
    names.iter().map(|name| found[name]).collect()
}
// ANCHOR_END: look_up_all
