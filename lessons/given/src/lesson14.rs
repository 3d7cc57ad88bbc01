//! Given helpers for lesson 14: seeing inside, with tracing.
//!
//! `exercises/src/lesson14.rs` and `solutions/src/lesson14.rs` both import
//! these. Unlike the helpers of earlier lessons, they open no spans of their
//! own: they only emit events (`debug!`, `info!`), as a library does. Which
//! span those events land in is up to your code, and the grader reads it.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::time::sleep;
use tracing::Instrument;

/// What a fetch returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// The URL that was fetched.
    pub url: &'static str,
    /// The HTTP status it answered with.
    pub status: u16,
}

/// How long fetching `url` takes, in units, and the status it answers with:
/// `/search` 3 units, `/about` 2, `/home` 1; any other URL 2 units and 404.
pub fn site(url: &str) -> (u64, u16) {
    match url {
        "/search" => (3, 200),
        "/about" => (2, 200),
        "/home" => (1, 200),
        _ => (2, 404),
    }
}

/// Fetches `url` (see [`site`] for how long it takes). Like an HTTP client,
/// it emits a `debug!` event "sending" when it starts and "received", with a
/// `status` field, when the answer comes; neither names the URL. Given.
pub async fn fetch(url: &'static str) -> Page {
    let (units, status) = site(url);
    tracing::debug!("sending");
    sleep(Duration::from_secs(units)).await;
    tracing::debug!(status, "received");
    Page { url, status }
}

/// A job of a batch.
#[derive(Clone, Copy, Debug)]
pub struct Job {
    /// What the job is called.
    pub name: &'static str,
    /// How long it runs, in units.
    pub units: u64,
}

/// Runs `job`: an `info!` event "started", `units` units of waiting, an
/// `info!` event "done". Returns the job's name. Given.
pub async fn work(job: Job) -> &'static str {
    tracing::info!("started");
    sleep(Duration::from_secs(job.units)).await;
    tracing::info!("done");
    job.name
}

/// How long one span was busy (entered: its code running on the thread) and
/// idle (open, but not entered: waiting, or waiting for its turn).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Usage {
    /// The span's name: `checksum` for `info_span!("checksum")`.
    pub span: &'static str,
    /// Time spent entered.
    pub busy: Duration,
    /// The rest of its life, from when it was created until it closed.
    pub idle: Duration,
}

/// Where a layer puts the [`Usage`] of each span as it closes. Clones share
/// one list.
#[derive(Clone, Debug, Default)]
pub struct Usages {
    list: Arc<Mutex<Vec<Usage>>>,
}

impl Usages {
    /// Adds the usage of a span that closed.
    pub fn add(&self, usage: Usage) {
        self.lock().push(usage);
    }

    /// Every usage added, sorted by span name (spans of one name in the
    /// order they were added).
    pub fn by_name(&self) -> Vec<Usage> {
        let mut list = self.lock().clone();
        list.sort_by_key(|usage| usage.span);
        list
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Usage>> {
        self.list.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Stands for `units` units of work that keeps the thread busy (hashing a
/// file, say). Under the paused clock a blocked thread takes no virtual time,
/// so this moves the clock forward by `units` while the task keeps the
/// thread, which is what the real clock would show; then it lets the other
/// tasks run. Only for the paused clock (the graded tests). Given.
pub async fn hog(units: u64) {
    tokio::time::advance(Duration::from_secs(units)).await;
}

/// Handles an upload with three spawned tasks, each in its own span, all
/// created at 0 and spawned in this order:
/// - `checksum` keeps the thread busy for 2 units ([`hog`]);
/// - `upload` waits 3 units once it runs;
/// - `resize` waits 1 unit, then keeps the thread busy for 1 unit, in a
///   step that enters its span a second time, inside itself (as a library
///   does with `.in_current_span()`).
///
/// Returns when all three are done. Given.
pub async fn handle_upload() {
    let checksum = tracing::info_span!("checksum");
    let upload = tracing::info_span!("upload");
    let resize = tracing::info_span!("resize");
    let tasks = [
        tokio::spawn(hog(2).instrument(checksum)),
        tokio::spawn(async { sleep(Duration::from_secs(3)).await }.instrument(upload)),
        tokio::spawn(
            async {
                sleep(Duration::from_secs(1)).await;
                hog(1).in_current_span().await;
            }
            .instrument(resize),
        ),
    ];
    for task in tasks {
        task.await.expect("the upload's tasks do not panic");
    }
}

/// Three requests one after another, each in a span named `request` that
/// keeps the thread busy for 1 unit, then waits 2 units. Given.
pub async fn three_requests_in_turn() {
    for _ in 0..3 {
        async {
            hog(1).await;
            sleep(Duration::from_secs(2)).await;
        }
        .instrument(tracing::info_span!("request"))
        .await;
    }
}
