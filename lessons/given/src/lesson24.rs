//! Given helpers for lesson 24: async traits, async closures, and what spawn
//! needs.
//!
//! `exercises/src/lesson24.rs` and `solutions/src/lesson24.rs` both import
//! these. They are already timed and traced: the grader sees how your code
//! used them.

use std::collections::BTreeMap;
use std::time::Duration;

use futures::future::BoxFuture;
use timeline::traced;

/// One unit of time in the graded tests: one virtual second.
pub const UNIT: Duration = Duration::from_secs(1);

/// Something that serves one route: a trait with an async method that a
/// `Box<dyn Handler>` can still call.
///
/// `async fn handle(&self, body: &str) -> String` would not do: a trait
/// with an `async fn` is not dyn compatible, because every implementation
/// returns a future of its own type and size. So `handle` returns the future
/// boxed, as one type for every handler: a `BoxFuture<'a, String>`, which is
/// `Pin<Box<dyn Future<Output = String> + Send + 'a>>`. The future may
/// borrow the handler and the body (`'a`), and it is `Send`.
pub trait Handler: Send + Sync {
    /// The route this handler serves, such as `"/search"`.
    fn route(&self) -> &'static str;

    /// Handles one request's `body` and returns the reply.
    fn handle<'a>(&'a self, body: &'a str) -> BoxFuture<'a, String>;
}

/// A handler that takes `units` units per request, traced as
/// `"{name} {body}"` (`"search rust"`), and replies `"{name}: {body}"`
/// (`"search: rust"`). Given.
#[derive(Clone, Debug)]
pub struct Service {
    name: &'static str,
    route: &'static str,
    time: Duration,
}

impl Service {
    /// A handler named `name` for `route` that takes `units` units per
    /// request.
    pub fn new(name: &'static str, route: &'static str, units: u64) -> Service {
        Service::taking(name, route, units as u32 * UNIT)
    }

    /// A handler named `name` for `route` that takes `time` per request.
    pub fn taking(name: &'static str, route: &'static str, time: Duration) -> Service {
        Service { name, route, time }
    }
}

impl Handler for Service {
    fn route(&self) -> &'static str {
        self.route
    }

    fn handle<'a>(&'a self, body: &'a str) -> BoxFuture<'a, String> {
        // The async block borrows `self` and `body`: that is what `'a` allows.
        Box::pin(async move {
            traced(&format!("{} {body}", self.name), tokio::time::sleep(self.time)).await;
            format!("{}: {body}", self.name)
        })
    }
}

/// A phone directory: each name's number, and how long looking it up takes.
/// Build it where it is used: nothing here needs to be `'static`. Given.
#[derive(Clone, Debug, Default)]
pub struct Directory {
    entries: BTreeMap<String, (u32, Duration)>,
}

impl Directory {
    /// A directory of `(name, number, time to look it up)` entries.
    pub fn new(entries: &[(&str, u32, Duration)]) -> Directory {
        let entries = entries
            .iter()
            .map(|&(name, number, time)| (name.to_string(), (number, time)))
            .collect();
        Directory { entries }
    }

    /// Looks `name` up, traced as the name: its number after its entry's
    /// time, or `None` after 1 unit when the directory has no such name.
    pub async fn look_up(&self, name: &str) -> Option<u32> {
        let (number, time) = match self.entries.get(name) {
            Some(&(number, time)) => (Some(number), time),
            None => (None, UNIT),
        };
        traced(name, tokio::time::sleep(time)).await;
        number
    }
}

/// Fetches `page` and returns its size in bytes: 100 per letter of its name
/// (`"home"`: 400), after one unit per letter (`"home"`: 4 units), traced
/// as the page. Given.
pub async fn fetch_size(page: &str) -> u64 {
    let letters = page.chars().count() as u64;
    traced(page, tokio::time::sleep(letters as u32 * UNIT)).await;
    letters * 100
}
