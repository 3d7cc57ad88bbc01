// Mistake: spawns every chop into a `JoinSet`, puts the deadline on collecting them, and shuts the set down when it passes; a task's result is ready only once the runtime has run the task, after the timer, so a batch done at the very instant of the deadline is late.
// Expect: differs from the reference solution in
// ANCHOR: chop_all_within
/// The tasks are stopped at the deadline, not left running.
pub async fn chop_all_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Result<Vec<&'static str>, Elapsed> {
    let count = vegetables.len();
    let mut set = tokio::task::JoinSet::new();
    for (place, (vegetable, units)) in vegetables.into_iter().enumerate() {
        set.spawn(async move { (place, chop(vegetable, units).await) });
    }
    let collecting = async {
        let mut names = vec![""; count];
        while let Some(joined) = set.join_next().await {
            let (place, name) = joined.expect("chopping never panics");
            names[place] = name;
        }
        names
    };
    let outcome = timeout(limit, collecting).await;
    if outcome.is_err() {
        set.shutdown().await;
    }
    outcome
}
// ANCHOR_END: chop_all_within
