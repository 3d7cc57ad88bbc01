// Mistake: awaits the writes together with `join_all`, which needs no `Send`, but runs no job in a task of its own.
// Expect: in a spawned task of its own
// ANCHOR: fill_notebook
/// Writes every job at once, inside the function.
pub async fn fill_notebook(jobs: Vec<(&'static str, u64)>) -> Vec<String> {
    let notebook = Notebook::new();
    futures::future::join_all(jobs.into_iter().map(|(job, units)| notebook.write(job, units)))
        .await;
    notebook.lines()
}
// ANCHOR_END: fill_notebook
