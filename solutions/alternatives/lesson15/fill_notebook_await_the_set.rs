// Alternative: spawns onto the `LocalSet` with `local.spawn_local` and awaits the set itself, which runs until all its tasks are done.
// ANCHOR: fill_notebook
/// Runs a local set of writers to its end.
pub async fn fill_notebook(jobs: Vec<(&'static str, u64)>) -> Vec<String> {
    let notebook = Notebook::new();
    let local = tokio::task::LocalSet::new();
    for (job, units) in jobs {
        let notebook = notebook.clone();
        local.spawn_local(async move { notebook.write(job, units).await });
    }
    local.await;
    notebook.lines()
}
// ANCHOR_END: fill_notebook
