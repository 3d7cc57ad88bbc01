// Mistake: spawns each lookup with `tokio::spawn`, as `create_task` would: the lookup borrows the directory and the name, which are only lent to the function, so it is not `'static` and does not compile.
// Expect: borrowed data escapes outside of function
// ANCHOR: look_up_all
/// Spawns a task per name.
pub async fn look_up_all(directory: &Directory, names: &[String]) -> Vec<Option<u32>> {
    let tasks: Vec<_> = names.iter().map(|name| tokio::spawn(directory.look_up(name))).collect();
    let mut numbers = Vec::new();
    for task in tasks {
        numbers.push(task.await.expect("a lookup panicked"));
    }
    numbers
}
// ANCHOR_END: look_up_all
