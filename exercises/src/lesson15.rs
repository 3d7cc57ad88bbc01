//! Lesson 15: threads too: the multi-thread runtime.
//!
//! Grade with `cargo test lesson15`. One unit is one virtual second. The
//! grader runs your code on a current-thread runtime (the paused clock
//! exists only there): every mistake below happens on one thread too. Then
//! it runs `sell_tickets`, `visit` and `handle_request` thousands of times
//! on two worker threads, where code between two `.await`s is not alone.

// The helpers these exercises use; read them in `lessons/given/src/lesson15.rs`.
pub use given::lesson15::{Notebook, REQUEST_ID, lookup, serve, take_payment};

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

// ANCHOR: sell_tickets
/// Sell `tickets` tickets to `buyers`, each buyer in a task of its own
/// (`tokio::spawn`), all at the same time, as a web server serves each
/// request. A buyer who finds a ticket left pays for it (`take_payment`,
/// 1 unit) and gets it; a buyer who finds none left pays nothing. Never sell
/// more tickets than there are. Return the buyers who got a ticket, in the
/// order of `buyers`.
///
/// asyncio: `if tickets > 0: await take_payment(buyer); tickets -= 1`
/// in each task oversells, on one thread: every buyer checks before any
/// of them has paid.
/// Expect: 3 tickets and 5 buyers: 3 payments at once, 3 buyers served, done
/// after 1 unit.
pub async fn sell_tickets(tickets: u32, buyers: Vec<&'static str>) -> Vec<&'static str> {
    todo!()
}
// ANCHOR_END: sell_tickets

// ANCHOR: visit
/// One visit to `page`: count it in `hits` (one more for `page`), serve the
/// page (`serve`, 1 unit), and return the page's count with this visit
/// included: the visitor number ("you are visitor 3").
///
/// The test runs every visit in a task of its own with `tokio::spawn`, many
/// at once, all sharing `hits`; the visits must overlap, and no visit may be
/// lost.
///
/// asyncio: `hits[page] += 1; number = hits[page]; await serve(page)`.
/// Expect: three visits to "/home" get the numbers 1, 2 and 3 and leave
/// `hits["/home"]` at 3, all served at once, after 1 unit.
pub async fn visit(hits: Arc<Mutex<BTreeMap<&'static str, u64>>>, page: &'static str) -> u64 {
    todo!()
}
// ANCHOR_END: visit

// ANCHOR: handle_request
/// Handle one request: look every item up (`lookup`, 1 unit), each lookup in
/// a task of its own (`tokio::spawn`), all at the same time, and return the
/// results in the order of `items`.
///
/// The caller runs this inside the request's scope,
/// `REQUEST_ID.scope(7, handle_request(items))`, and every lookup must run
/// for that request: `"cart for request 7"`. Outside any request, the
/// lookups run for no request, and nothing fails.
///
/// asyncio: `request_id` is a `ContextVar`; `asyncio.create_task` copies the
/// current context into the new task, so every lookup sees it.
pub async fn handle_request(items: Vec<&'static str>) -> Vec<String> {
    todo!()
}
// ANCHOR_END: handle_request

// ANCHOR: fill_notebook
/// Work on every `(job, units)` in `jobs` and write it into one shared
/// [`Notebook`] (`notebook.write(job, units)`), each job in a task of its
/// own, all at the same time. Return the notebook's lines once every job is
/// written: in the order they were written.
///
/// A `Notebook` is not thread-safe: it is not `Send`, so `tokio::spawn`
/// does not take a future that holds one.
///
/// asyncio: `asyncio.create_task(notebook.write(job, units))` for each job,
/// then `gather`; any object can go into a task there.
/// Expect: "draft" 3 units, "outline" 1 and "index" 2 give
/// `["outline", "index", "draft"]` after 3 units.
pub async fn fill_notebook(jobs: Vec<(&'static str, u64)>) -> Vec<String> {
    todo!()
}
// ANCHOR_END: fill_notebook
