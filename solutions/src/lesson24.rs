//! Lesson 24, solved: async traits, async closures, and what spawn needs.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::future::join_all;

pub use given::lesson24::{Directory, Handler, Service, UNIT, fetch_size};

// ANCHOR: dispatch
/// Builds the routes first, so a later handler replaces an earlier one, then
/// joins one call per request: every `handle` returns the same type, a
/// `BoxFuture`, so one `Vec` holds them all.
pub async fn dispatch(handlers: &[Box<dyn Handler>], requests: &[(&str, &str)]) -> Vec<String> {
    let mut routes: BTreeMap<&str, &dyn Handler> = BTreeMap::new();
    for handler in handlers {
        routes.insert(handler.route(), handler.as_ref());
    }
    let replies = requests.iter().map(|&(route, body)| {
        let handler = routes.get(route).copied();
        async move {
            match handler {
                Some(handler) => handler.handle(body).await,
                None => format!("404 {route}"),
            }
        }
    });
    join_all(replies).await
}
// ANCHOR_END: dispatch

// ANCHOR: retry
/// `f` is an `AsyncFn`, so each call makes a new future, which may borrow
/// what the closure captured.
pub async fn retry<T, E>(
    attempts: u32,
    backoff: Duration,
    f: impl AsyncFn() -> Result<T, E>,
) -> Result<T, E> {
    let mut wait = backoff;
    let mut left = attempts.max(1);
    loop {
        let outcome = f().await;
        left -= 1;
        if outcome.is_ok() || left == 0 {
            return outcome;
        }
        tokio::time::sleep(wait).await;
        wait *= 2;
    }
}
// ANCHOR_END: retry

// ANCHOR: look_up_all
/// `join_all` polls every lookup inside this future, so they may borrow the
/// directory and the names: nothing has to be `'static`.
pub async fn look_up_all(directory: &Directory, names: &[String]) -> Vec<Option<u32>> {
    join_all(names.iter().map(|name| directory.look_up(name))).await
}
// ANCHOR_END: look_up_all

// ANCHOR: tally_job
/// Everything the job uses is owned before the `async move` block takes it:
/// a clone of the `Arc` and a copy of the pages. The lock is taken only
/// between awaits, so no `MutexGuard` lives across one.
pub fn tally_job(
    totals: &Arc<Mutex<BTreeMap<String, u64>>>,
    pages: &[String],
) -> impl Future<Output = u64> + Send + 'static {
    let totals = Arc::clone(totals);
    let pages = pages.to_vec();
    async move {
        let sizes = join_all(pages.iter().map(|page| fetch_size(page))).await;
        let mut totals = totals.lock().expect("a job panicked while counting");
        for (page, size) in pages.iter().zip(&sizes) {
            *totals.entry(page.clone()).or_insert(0) += size;
        }
        sizes.iter().sum()
    }
}
// ANCHOR_END: tally_job
