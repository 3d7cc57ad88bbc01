// Mistake: takes the jobs off the end of the list (`while let Some(job) = jobs.pop()`), so the writers are spawned last job first: jobs that take as long end in the opposite order, and their lines are written that way round.
// Expect: differs from the reference solution
// ANCHOR: fill_notebook
/// Spawns a writer per job, popping the jobs off the end.
pub async fn fill_notebook(mut jobs: Vec<(&'static str, u64)>) -> Vec<String> {
    let notebook = Notebook::new();
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let mut writers = Vec::new();
            while let Some((job, units)) = jobs.pop() {
                let notebook = notebook.clone();
                writers.push(tokio::task::spawn_local(async move {
                    notebook.write(job, units).await
                }));
            }
            for writer in writers {
                writer.await.expect("a job panicked");
            }
        })
        .await;
    notebook.lines()
}
// ANCHOR_END: fill_notebook
