// Mistake: fixes the leak by joining the saves with a `JoinSet`, which gives the names in the order the saves end, then puts each name back at the place where that name first appears in the list; a name given twice goes to its first place both times.
// Expect: differs from the reference solution in
// ANCHOR: save_all
/// Finishing order, sorted back by where each name is first found.
pub async fn save_all(documents: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    let names: Vec<&'static str> = documents.iter().map(|&(name, _)| name).collect();
    let mut saves = tokio::task::JoinSet::new();
    for (name, units) in documents {
        saves.spawn(save(name, units));
    }
    let mut saved = saves.join_all().await;
    saved.sort_by_key(|name| names.iter().position(|given| given == name));
    saved
}
// ANCHOR_END: save_all
