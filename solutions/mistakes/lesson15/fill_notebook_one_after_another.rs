// Mistake: awaits each local task as soon as it is spawned, so the jobs run one after another.
// Expect: returned the wrong value
// ANCHOR: fill_notebook
/// Spawns and awaits each job in turn.
pub async fn fill_notebook(jobs: Vec<(&'static str, u64)>) -> Vec<String> {
    let notebook = Notebook::new();
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            for (job, units) in jobs {
                let notebook = notebook.clone();
                tokio::task::spawn_local(async move { notebook.write(job, units).await })
                    .await
                    .expect("a job panicked");
            }
        })
        .await;
    notebook.lines()
}
// ANCHOR_END: fill_notebook
