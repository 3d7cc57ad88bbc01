// Mistake: awaits each task right after spawning it, so the documents are saved one after another.
// Expect: did not run its work as expected
// ANCHOR: save_all
/// Spawns a save and waits for it before the next.
pub async fn save_all(documents: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    let mut saved = Vec::new();
    for (name, units) in documents {
        saved.push(tokio::spawn(save(name, units)).await.expect("a save panicked"));
    }
    saved
}
// ANCHOR_END: save_all
