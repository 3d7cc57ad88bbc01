//! Lesson 08, solved: as_completed.

use tokio::task::JoinSet;
use tokio::time::Instant;

pub use given::lesson08::{Arrival, fetch, save};

// ANCHOR: as_completed_in_tasks
/// `join_next` hands over whichever task ends next.
pub async fn as_completed_in_tasks(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    let started = Instant::now();
    let mut set = JoinSet::new();
    for (name, units) in requests {
        set.spawn(fetch(name, units));
    }
    let mut arrivals = Vec::new();
    while let Some(joined) = set.join_next().await {
        let name = joined.expect("a fetch does not panic");
        arrivals.push((name, started.elapsed()));
    }
    arrivals
}
// ANCHOR_END: as_completed_in_tasks

// ANCHOR: as_completed_in_place
/// The futures run inside this function, each time `next()` polls them.
pub async fn as_completed_in_place(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    use futures::StreamExt;
    use futures::stream::FuturesUnordered;

    let started = Instant::now();
    let mut pending: FuturesUnordered<_> =
        requests.into_iter().map(|(name, units)| fetch(name, units)).collect();
    let mut arrivals = Vec::new();
    while let Some(name) = pending.next().await {
        arrivals.push((name, started.elapsed()));
    }
    arrivals
}
// ANCHOR_END: as_completed_in_place

// ANCHOR: first_n_completed
/// `shutdown` aborts the tasks still in the set and, unlike dropping the
/// set, waits until they have stopped.
pub async fn first_n_completed(requests: Vec<(&'static str, u64)>, n: usize) -> Vec<Arrival> {
    let started = Instant::now();
    let mut set = JoinSet::new();
    for (name, units) in requests {
        set.spawn(fetch(name, units));
    }
    let mut arrivals = Vec::new();
    // Checked before waiting, so that `n = 0` waits for nothing.
    while arrivals.len() < n {
        let Some(joined) = set.join_next().await else { break };
        arrivals.push((joined.expect("a fetch does not panic"), started.elapsed()));
    }
    set.shutdown().await;
    arrivals
}
// ANCHOR_END: first_n_completed

// ANCHOR: save_as_completed
/// Tasks, not a `FuturesUnordered`: while this loop awaits a save, nothing
/// polls the fetches, and only tasks move on by themselves.
pub async fn save_as_completed(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    let started = Instant::now();
    let mut set = JoinSet::new();
    for (name, units) in requests {
        set.spawn(fetch(name, units));
    }
    let mut arrivals = Vec::new();
    while let Some(joined) = set.join_next().await {
        let name = joined.expect("a fetch does not panic");
        arrivals.push((name, started.elapsed()));
        save(name).await;
    }
    arrivals
}
// ANCHOR_END: save_as_completed
