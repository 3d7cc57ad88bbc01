// Mistake: gathers the jobs into a map by name first (to look a job's units up), so two jobs of the same name become one: the notebook gets one line where it should get two.
// Expect: differs from the reference solution
// ANCHOR: fill_notebook
/// The jobs by name, then one writer per name.
pub async fn fill_notebook(jobs: Vec<(&'static str, u64)>) -> Vec<String> {
    let jobs: BTreeMap<&'static str, u64> = jobs.into_iter().collect();
    let notebook = Notebook::new();
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
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
        })
        .await;
    notebook.lines()
}
// ANCHOR_END: fill_notebook
