//! Given helpers for lesson 17: streams.
//!
//! `exercises/src/lesson17.rs` and `solutions/src/lesson17.rs` both
//! import these. They are already timed and traced: the grader sees how
//! your code used them.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use futures::StreamExt;
use futures::stream::{self, BoxStream};
use timeline::traced;

/// One page of a paginated API: its items, and the number of the page after
/// it, or `None` on the last page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// The items on this page, in order. A page may be empty.
    pub items: Vec<&'static str>,
    /// The page to ask for next; `None` when this is the last page.
    pub next: Option<usize>,
}

/// A paginated API, simulated: pages numbered from 0, each taking one unit to
/// fetch. Clones share the same pages and the same count of fetches.
#[derive(Clone, Debug)]
pub struct Api {
    pages: Arc<Vec<Vec<&'static str>>>,
    fetched: Arc<AtomicUsize>,
}

impl Api {
    /// An API that serves these pages, page 0 first.
    pub fn new(pages: Vec<Vec<&'static str>>) -> Self {
        Api { pages: Arc::new(pages), fetched: Arc::new(AtomicUsize::new(0)) }
    }

    /// Fetches page `number`: one unit, traced as `"page N"`. Given.
    ///
    /// Its `next` is `Some(number + 1)` while there are more pages and
    /// `None` on the last one. A number past the last page is not an error:
    /// like many real APIs, it gives an empty page with no `next` (and the
    /// fetch still costs its unit and shows on the timeline).
    pub async fn fetch_page(&self, number: usize) -> Page {
        self.fetched.fetch_add(1, Ordering::SeqCst);
        traced(&format!("page {number}"), tokio::time::sleep(Duration::from_secs(1))).await;
        let items = self.pages.get(number).cloned().unwrap_or_default();
        let next = (number + 1 < self.pages.len()).then_some(number + 1);
        Page { items, next }
    }

    /// How many fetches have started so far, on this API and its clones.
    pub fn pages_fetched(&self) -> usize {
        self.fetched.load(Ordering::SeqCst)
    }
}

/// A file whose size has to be looked up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct File {
    /// Its name; also its row on the timeline.
    pub name: &'static str,
    /// How long the lookup takes, in units.
    pub units: u64,
    /// What the lookup finds.
    pub size: u32,
}

/// Looks up the size of `file`: `file.units` units, traced with the file's
/// name. Given.
pub async fn look_up(file: File) -> u32 {
    traced(file.name, tokio::time::sleep(Duration::from_secs(file.units))).await;
    file.size
}

/// A stream of timed items, like readings from a sensor: each
/// `(name, units)` is ready `units` after it was asked for (after the
/// previous item was handed out, not after the start). Given.
///
/// Nothing happens until the stream is polled; the wait for each item is
/// traced with the item's name, so an item that is waited for and then
/// given up shows as cancelled.
pub fn arrivals(items: Vec<(&'static str, u64)>) -> BoxStream<'static, &'static str> {
    stream::iter(items)
        .then(|(name, units)| async move {
            traced(name, tokio::time::sleep(Duration::from_secs(units))).await;
            name
        })
        .boxed()
}
