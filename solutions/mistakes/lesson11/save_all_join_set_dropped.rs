// Mistake: spawns the saves into a `JoinSet` and returns without joining it; dropping the set cancels every save still running.
// Expect: Leak:
// ANCHOR: save_all
/// The set of saves is dropped on return.
pub async fn save_all(documents: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    let mut saving = tokio::task::JoinSet::new();
    let mut saved = Vec::new();
    for (name, units) in documents {
        saving.spawn(save(name, units));
        saved.push(name);
    }
    saved
}
// ANCHOR_END: save_all
