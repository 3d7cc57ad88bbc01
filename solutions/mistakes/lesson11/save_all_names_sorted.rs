// Mistake: fixes the leak by joining the saves with a `JoinSet`, which gives the names in the order the saves end, and sorts them to make that order steady; sorted is the order given only when the names were given sorted.
// Expect: differs from the reference solution in
// ANCHOR: save_all
/// Every save joined, the names sorted.
pub async fn save_all(documents: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    let mut saves = tokio::task::JoinSet::new();
    for (name, units) in documents {
        saves.spawn(save(name, units));
    }
    let mut saved = saves.join_all().await;
    saved.sort_unstable();
    saved
}
// ANCHOR_END: save_all
