//! Lesson 15, solved: tasks that may run on other threads.

pub use given::lesson15::{Notebook, REQUEST_ID, lookup, serve, take_payment};

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

// ANCHOR: sell_tickets
/// Each buyer reserves a ticket before paying: the check and the
/// decrement happen under one short lock, with no `.await` in between.
pub async fn sell_tickets(tickets: u32, buyers: Vec<&'static str>) -> Vec<&'static str> {
    let left = Arc::new(Mutex::new(tickets));
    let sales = buyers.into_iter().map(|buyer| {
        let left = Arc::clone(&left);
        tokio::spawn(async move {
            let reserved = {
                let mut left = left.lock().expect("a buyer panicked while holding the lock");
                let reserved = *left > 0;
                if reserved {
                    *left -= 1;
                }
                reserved
            };
            if reserved {
                take_payment(buyer).await;
            }
            reserved.then_some(buyer)
        })
    });
    // Collected first, so that every task is spawned before any is awaited.
    let sales: Vec<_> = sales.collect();
    let mut served = Vec::new();
    for sale in sales {
        served.extend(sale.await.expect("a buyer panicked"));
    }
    served
}
// ANCHOR_END: sell_tickets

// ANCHOR: visit
/// The guard lives in a block of its own, so it is dropped before the
/// `.await`: the future stays `Send`, and the other visits are not held up
/// while this one is served.
pub async fn visit(hits: Arc<Mutex<BTreeMap<&'static str, u64>>>, page: &'static str) -> u64 {
    let number = {
        let mut hits = hits.lock().expect("a visit panicked while holding the lock");
        let count = hits.entry(page).or_default();
        *count += 1;
        *count
    };
    serve(page).await;
    number
}
// ANCHOR_END: visit

// ANCHOR: handle_request
/// A spawned task starts with no task-locals: each lookup gets the
/// request's id again, in a scope of its own.
pub async fn handle_request(items: Vec<&'static str>) -> Vec<String> {
    let id = REQUEST_ID.try_with(|id| *id).ok();
    let lookups: Vec<_> = items
        .into_iter()
        .map(|item| match id {
            Some(id) => tokio::spawn(REQUEST_ID.scope(id, lookup(item))),
            None => tokio::spawn(lookup(item)),
        })
        .collect();
    let mut results = Vec::new();
    for lookup in lookups {
        results.push(lookup.await.expect("a lookup panicked"));
    }
    results
}
// ANCHOR_END: handle_request

// ANCHOR: fill_notebook
/// `spawn_local` takes futures that are not `Send`; its tasks run on this
/// thread, inside the `LocalSet` that `run_until` drives.
pub async fn fill_notebook(jobs: Vec<(&'static str, u64)>) -> Vec<String> {
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
