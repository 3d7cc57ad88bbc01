// Mistake: clones the whole directory and each name into a task of its own (`tokio::spawn`) to make them `'static`: it works, at the price of a copy of the directory per name, but the lookups no longer run inside the function's own future.
// Expect: awaited in place, but it ran in a
// ANCHOR: look_up_all
/// Spawns a task per name, each with its own copy of the directory.
pub async fn look_up_all(directory: &Directory, names: &[String]) -> Vec<Option<u32>> {
    let tasks: Vec<_> = names
        .iter()
        .map(|name| {
            let directory = directory.clone();
            let name = name.clone();
            tokio::spawn(async move { directory.look_up(&name).await })
        })
        .collect();
    let mut numbers = Vec::new();
    for task in tasks {
        numbers.push(task.await.expect("a lookup panicked"));
    }
    numbers
}
// ANCHOR_END: look_up_all
