// Mistake: spawns the jobs inside `local.run_until(...)` without awaiting them: `run_until` returns as soon as its own future does, and the set's tasks are dropped with it, unfinished.
// Expect: returned the wrong value
// ANCHOR: fill_notebook
/// Runs the set until every job is spawned.
pub async fn fill_notebook(jobs: Vec<(&'static str, u64)>) -> Vec<String> {
    let notebook = Notebook::new();
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            for (job, units) in jobs {
                let notebook = notebook.clone();
                tokio::task::spawn_local(async move { notebook.write(job, units).await });
            }
        })
        .await;
    notebook.lines()
}
// ANCHOR_END: fill_notebook
