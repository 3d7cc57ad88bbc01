//! Given helpers for lesson 11: the mistakes everyone makes.
//!
//! `exercises/src/lesson11.rs` and `solutions/src/lesson11.rs` both
//! import these. They are already timed and traced: the grader sees how
//! your code used them.
//!
//! Two of them are not async and take real time, as the work they stand for
//! does: [`shrink`] and [`Client::new`] keep their thread busy. Under the
//! grader's paused clock that real time is what shows a blocked thread.

use std::sync::Arc;
use std::time::Duration;

use timeline::traced;
use tokio::sync::OnceCell;
use tokio::time::sleep;

/// How long to wait before trying a failed request again: 300 ms.
pub const BACKOFF: Duration = Duration::from_millis(300);

/// Real time that [`shrink`] keeps its thread busy: 250 ms.
pub const SHRINK_TIME: Duration = Duration::from_millis(250);

/// Real time that [`Client::new`] keeps its thread busy: 150 ms.
pub const CLIENT_SETUP: Duration = Duration::from_millis(150);

/// A request to a service that is busy at first.
#[derive(Clone, Copy, Debug)]
pub struct Flaky {
    /// What is requested; its attempts are traced as "A #1", "A #2", ...
    pub name: &'static str,
    /// How many attempts fail (with "503 busy") before one succeeds.
    pub failures: u32,
}

/// Attempt number `number` (counting from 1) of `request`: it takes 1 unit,
/// traced as "A #1" for the first attempt at "A". It returns the name once
/// `number` is past the request's failures, and `Err("A: 503 busy")` before
/// that. Given.
pub async fn attempt(request: Flaky, number: u32) -> Result<&'static str, String> {
    let label = format!("{} #{number}", request.name);
    traced(&label, sleep(Duration::from_secs(1))).await;
    if number > request.failures {
        Ok(request.name)
    } else {
        Err(format!("{}: 503 busy", request.name))
    }
}

/// An image as downloaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    /// Its name; also the row of its download on the timeline.
    pub name: &'static str,
    /// How many pixels it has.
    pub pixels: u64,
}

/// A small copy of an image.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Thumbnail {
    /// The name of the image it was made from.
    pub name: &'static str,
    /// How many pixels it has: a hundredth of the image's.
    pub pixels: u64,
}

/// Downloads the image `name`: 1 unit, traced as the name. Given.
pub async fn download(name: &'static str) -> Image {
    traced(name, sleep(Duration::from_secs(1))).await;
    Image { name, pixels: 4_000_000 }
}

/// Makes a thumbnail of `image`. This is CPU work, not async: it keeps its
/// thread busy for [`SHRINK_TIME`] of real time (decoding and resizing a real
/// image takes about as long). Call it where blocking is allowed. Given.
pub fn shrink(image: Image) -> Thumbnail {
    keep_busy(SHRINK_TIME);
    Thumbnail { name: image.name, pixels: image.pixels / 100 }
}

/// Saves the document `name`: `units` units, traced as the name. Returns the
/// name once it is saved. Given.
pub async fn save(name: &'static str, units: u64) -> &'static str {
    traced(name, sleep(Duration::from_secs(units))).await;
    name
}

/// A simulated HTTP client. Like a real one, it owns a connection pool: its
/// first request opens a connection (2 units, traced as "connect"), and
/// every later request, from this client or any of its clones, reuses it.
/// Cloning is cheap: the clones share the pool.
#[derive(Clone, Debug)]
pub struct Client {
    connection: Arc<OnceCell<()>>,
}

impl Client {
    /// Builds a client with an empty pool. Like a real HTTPS client, it does
    /// real work first (reading the trusted certificates, setting up TLS):
    /// here that keeps the calling thread busy for [`CLIENT_SETUP`]. Given.
    #[allow(clippy::new_without_default)]
    pub fn new() -> Client {
        keep_busy(CLIENT_SETUP);
        Client { connection: Arc::new(OnceCell::new()) }
    }

    /// GET `path`: 1 unit, traced as the path, after opening the pool's
    /// connection if there is none yet. Requests that arrive while it opens
    /// wait for it and share it. Returns the path. Given.
    pub async fn get(&self, path: &'static str) -> &'static str {
        self.connection.get_or_init(|| traced("connect", sleep(Duration::from_secs(2)))).await;
        traced(path, sleep(Duration::from_secs(1))).await;
        path
    }
}

/// Plays one round for `name`: `units` units, traced as the name. Returns
/// the score, 10 points per unit played. Given.
pub async fn play(name: &'static str, units: u64) -> u32 {
    traced(name, sleep(Duration::from_secs(units))).await;
    10 * units as u32
}

/// The scores of one round, in the order they were added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scoreboard {
    /// Each player's name and score.
    pub scores: Vec<(&'static str, u32)>,
}

impl Scoreboard {
    /// Forgets the scores of the last round.
    pub fn clear(&mut self) {
        self.scores.clear();
    }

    /// Adds `name`'s score.
    pub fn add(&mut self, name: &'static str, score: u32) {
        self.scores.push((name, score));
    }

    /// The sum of the scores.
    pub fn total(&self) -> u32 {
        self.scores.iter().map(|(_, score)| score).sum()
    }
}

/// Keeps this thread busy computing for `duration` of real time.
fn keep_busy(duration: Duration) {
    let until = std::time::Instant::now() + duration;
    let mut value = 1_u64;
    while std::time::Instant::now() < until {
        for _ in 0..1000 {
            value =
                std::hint::black_box(value.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1));
        }
    }
}
