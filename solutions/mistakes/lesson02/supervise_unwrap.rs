// Mistake: unwraps the handle's result, so the task's panic is raised again in this function instead of being reported.
// Expect: Panicked: the graded code panicked
// ANCHOR: supervise
/// Awaits the task and unwraps what it gave.
pub async fn supervise(chore: RiskyChore) -> Result<&'static str, String> {
    Ok(tokio::spawn(risky_chore(chore)).await.unwrap())
}
// ANCHOR_END: supervise
