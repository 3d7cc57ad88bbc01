// Mistake: calls `tokio::task::spawn_local`, which takes the notebook, but not inside a `LocalSet`: it panics.
// Expect: spawn_local
// ANCHOR: fill_notebook
/// Spawns local tasks straight from the function.
pub async fn fill_notebook(jobs: Vec<(&'static str, u64)>) -> Vec<String> {
    let notebook = Notebook::new();
    let writers: Vec<_> = jobs
        .into_iter()
        .map(|(job, units)| {
            let notebook = notebook.clone();
            tokio::task::spawn_local(async move { notebook.write(job, units).await })
        })
        .collect();
    for writer in writers {
        writer.await.expect("a job panicked");
    }
    notebook.lines()
}
// ANCHOR_END: fill_notebook
