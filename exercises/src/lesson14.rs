//! Lesson 14: seeing inside, with tracing.
//!
//! Grade with `cargo test lesson14`. One unit is one virtual second.
//!
//! The grader reads the spans your code opens (their names, their fields,
//! which span each one sits in) and the events recorded inside them. Bring
//! in what you need: `use tracing::Instrument;` for `.instrument(span)`,
//! `tracing::info_span!` to make a span, and for the last exercise
//! `tracing_subscriber::Layer`.
//!
//! `#[tracing::instrument]` is not available here: it needs the
//! `attributes` feature of `tracing` (a proc macro, and a second copy of
//! `syn` to build), which only the lesson program turns on. Everything it
//! does, `.instrument(tracing::info_span!(...))` does too.

use tracing_subscriber::Layer;
use tracing_subscriber::registry::Registry;

// The helpers these exercises use; read them in `lessons/given/src/lesson14.rs`.
pub use given::lesson14::{
    Job, Page, Usage, Usages, fetch, handle_upload, hog, site, three_requests_in_turn, work,
};

// ANCHOR: fetch_all
/// Fetch every URL at the same time with [`fetch`] and return the pages in
/// the order of `urls`. Run each fetch inside a span of its own, named
/// `request`, with a field `url` that holds the URL: the events [`fetch`]
/// emits ("sending", "received") do not say which request they belong to,
/// and the span is what tells them apart while the requests interleave.
///
/// asyncio: `gather` over one coroutine per URL, each logging through a
/// `logging.LoggerAdapter` (or a `contextvars` variable) that carries its URL.
/// Expect: `/search`, `/home` and `/about` take 3 units together, not 6;
/// three spans `request`, one per URL; each holds its own fetch's "sending"
/// at 0 and "received" at the time that URL answers.
pub async fn fetch_all(urls: Vec<&'static str>) -> Vec<Page> {
    todo!()
}
// ANCHOR_END: fetch_all

// ANCHOR: fetch_with_status
/// As [`fetch_all`], and each `request` span also gets a field `status`
/// with the status its page answered with. That value is known only once
/// the answer has come, after the span was opened.
///
/// asyncio: the status added to the request's log context once the
/// response is in.
/// Expect: `/about`, `/nowhere` and `/home` take 2 units together; the span
/// of `/nowhere` has url `/nowhere` and status 404, the others 200.
pub async fn fetch_with_status(urls: Vec<&'static str>) -> Vec<Page> {
    todo!()
}
// ANCHOR_END: fetch_with_status

// ANCHOR: run_batch
/// Run every job with [`work`], each in a spawned task of its own, all at
/// the same time, and return the job names in the order given once all are
/// done. Trace it so that it reads as one batch: a span `batch` with a field
/// `name` (the batch's name), and inside it one span `job` per job, with a
/// field `name` (the job's), that holds the job's "started" and "done".
/// Other tasks run on the thread while the batch waits: their events, and
/// the spans they open, are not the batch's.
///
/// asyncio: `create_task` copies the `contextvars` of the code that creates
/// the task, so a log context set for the batch reaches every task.
/// Expect: jobs of 2, 1 and 3 units take 3 units; each `job` span's parent
/// is the `batch` span, and holds its own job's "started" at 0 and "done" at
/// its end.
pub async fn run_batch(batch: &'static str, jobs: Vec<Job>) -> Vec<&'static str> {
    todo!()
}
// ANCHOR_END: run_batch

// ANCHOR: busy_time_layer
/// Write a `tracing` layer that measures, for every span, how long it was
/// busy (entered: its code running on the thread) and how long idle (the
/// rest of its life, from the moment it was created until it closed), and
/// adds the [`Usage`] to `usages` when the span closes. Return it boxed.
/// Read the time from tokio's clock (`tokio::time::Instant::now()`), so that
/// the grader's paused clock gives exact numbers.
/// A span may be entered again while it is entered (a future inside it
/// that carries it too, with `.in_current_span()`): it is still busy once,
/// from the outer enter to the outer exit.
///
/// The span that is busy far longer than it is idle is the one that keeps
/// the thread from the others (lesson 11's blocking, found by measuring).
///
/// asyncio: debug mode (`loop.slow_callback_duration`) warns about a step
/// that kept the loop busy too long.
/// Expect: in [`handle_upload`], `checksum` busy 2 units and idle 0,
/// `upload` busy 0 and idle 5, `resize` busy 1 and idle 3 (a span entered
/// inside itself is busy once); in [`three_requests_in_turn`], each `request`
/// busy 1 and idle 2.
pub fn busy_time_layer(usages: Usages) -> Box<dyn Layer<Registry> + Send + Sync> {
    todo!()
}
// ANCHOR_END: busy_time_layer
