// Mistake: spawns the jobs onto a `LocalSet` and reads the notebook without running the set: its tasks never start, and they are dropped with it.
// Expect: returned the wrong value
// ANCHOR: fill_notebook
/// Spawns every job onto a local set, then reads the lines.
pub async fn fill_notebook(jobs: Vec<(&'static str, u64)>) -> Vec<String> {
    let notebook = Notebook::new();
    let local = tokio::task::LocalSet::new();
    for (job, units) in jobs {
        let notebook = notebook.clone();
        local.spawn_local(async move { notebook.write(job, units).await });
    }
    notebook.lines()
}
// ANCHOR_END: fill_notebook
