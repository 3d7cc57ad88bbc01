// Mistake: spawns each job with `tokio::spawn`, as for any other task: the notebook's `Rc` is not `Send`, so it does not compile.
// Expect: cannot be sent between threads safely
// Expect: Rc<RefCell<Vec<String>>>
// ANCHOR: fill_notebook
/// Spawns a task per job onto the runtime.
pub async fn fill_notebook(jobs: Vec<(&'static str, u64)>) -> Vec<String> {
    let notebook = Notebook::new();
    let writers: Vec<_> = jobs
        .into_iter()
        .map(|(job, units)| {
            let notebook = notebook.clone();
            tokio::spawn(async move { notebook.write(job, units).await })
        })
        .collect();
    for writer in writers {
        writer.await.expect("a job panicked");
    }
    notebook.lines()
}
// ANCHOR_END: fill_notebook
