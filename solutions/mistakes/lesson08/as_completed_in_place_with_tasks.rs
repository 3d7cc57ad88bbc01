// Mistake: spawns the fetches into a `JoinSet` where the exercise asks for futures driven inside the function.
// Expect: ran in a spawned task
// ANCHOR: as_completed_in_place
/// The task version, where no task was asked for.
pub async fn as_completed_in_place(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    let started = Instant::now();
    let mut set = JoinSet::new();
    for (name, units) in requests {
        set.spawn(fetch(name, units));
    }
    let mut arrivals = Vec::new();
    while let Some(joined) = set.join_next().await {
        arrivals.push((joined.expect("a fetch does not panic"), started.elapsed()));
    }
    arrivals
}
// ANCHOR_END: as_completed_in_place
