// Mistake: collects the names from a `JoinSet` as the saves finish (Python's `as_completed`), so they come back in the order of completion, not the order given.
// Expect: returned the wrong value
// ANCHOR: save_all
/// The names in the order the saves ended.
pub async fn save_all(documents: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    let mut saving = tokio::task::JoinSet::new();
    for (name, units) in documents {
        saving.spawn(save(name, units));
    }
    let mut saved = Vec::new();
    while let Some(name) = saving.join_next().await {
        saved.push(name.expect("a save panicked"));
    }
    saved
}
// ANCHOR_END: save_all
