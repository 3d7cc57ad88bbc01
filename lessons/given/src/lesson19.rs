//! Lesson 19: what the checks you write are given. Four kinds of component,
//! each a trait (so that a check can take any implementation of it), and one
//! correct implementation of each.
//!
//! Every implementation reads the time with `tokio::time::Instant::now()`,
//! so on a paused clock (`#[tokio::test(start_paused = true)]`, or the
//! grader) a check moves time itself, with `tokio::time::advance` or
//! `tokio::time::sleep`, and every time it measures is exact.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, DuplexStream};
use tokio::time::Instant;

// ANCHOR: box_future
/// A future in a box, as a trait method that waits returns it. With an
/// `async fn` instead, the trait could not be used as `dyn`, and nothing
/// would say that its future is `Send`.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;
// ANCHOR_END: box_future

// ANCHOR: rate_limiter
/// A rate limiter: at most `limit` permits in any stretch of time `window`
/// long. A permit granted at instant `t` counts until `t + window`, and from
/// that instant on it is free again.
pub trait RateLimiter: Send {
    /// Takes a permit now if one is free (true: go ahead), or refuses
    /// (false: too many in the last `window`). It never waits.
    fn try_acquire(&mut self) -> bool;
}
// ANCHOR_END: rate_limiter

/// The correct rate limiter: remembers when each permit in the last
/// `window` was granted.
#[derive(Debug)]
pub struct SlidingWindow {
    limit: usize,
    window: Duration,
    granted: VecDeque<Instant>,
}

impl SlidingWindow {
    /// At most `limit` permits in any `window`.
    pub fn new(limit: u32, window: Duration) -> Self {
        SlidingWindow { limit: limit as usize, window, granted: VecDeque::new() }
    }
}

impl RateLimiter for SlidingWindow {
    fn try_acquire(&mut self) -> bool {
        let now = Instant::now();
        while self.granted.front().is_some_and(|&at| at + self.window <= now) {
            self.granted.pop_front();
        }
        if self.granted.len() < self.limit {
            self.granted.push_back(now);
            true
        } else {
            false
        }
    }
}

/// Why a call to a [`Flaky`] operation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable {
    /// Which call it was, counting from 1.
    pub call: u32,
}

impl fmt::Display for Unavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "call {} failed: service unavailable", self.call)
    }
}

impl std::error::Error for Unavailable {}

/// An operation that fails its first few calls, then succeeds, and
/// remembers when each call was made. A call takes no time.
#[derive(Debug)]
pub struct Flaky {
    failures: u32,
    created: Instant,
    calls: Mutex<Vec<Duration>>,
}

impl Flaky {
    /// Fails the first `failures` calls with [`Unavailable`]; every call
    /// after those succeeds, returning its number (counting from 1).
    pub fn failing(failures: u32) -> Self {
        Flaky { failures, created: Instant::now(), calls: Mutex::new(Vec::new()) }
    }

    /// One call.
    pub async fn call(&self) -> Result<u32, Unavailable> {
        let mut calls = self.calls.lock().expect("no call panics");
        calls.push(self.created.elapsed());
        let call = calls.len() as u32;
        tracing::debug!(call, "flaky operation called");
        if call <= self.failures { Err(Unavailable { call }) } else { Ok(call) }
    }

    /// When each call was made, as time since this `Flaky` was created.
    pub fn calls(&self) -> Vec<Duration> {
        self.calls.lock().expect("no call panics").clone()
    }
}

// ANCHOR: retry
/// A retry policy, made with a number of attempts and a backoff: it calls
/// the operation until a call succeeds, making at most `attempts` calls.
/// After a failed call that is not the last, it waits, `backoff` before the
/// second call, twice that before the third, and so on, doubling. It
/// returns the first success, or, when every call failed, the last call's
/// error, at once (no wait after the last call).
pub trait Retry: Send + Sync {
    /// Runs `operation` under this policy.
    fn run<'a>(&'a self, operation: &'a Flaky) -> BoxFuture<'a, Result<u32, Unavailable>>;
}
// ANCHOR_END: retry

/// The correct retry policy.
#[derive(Clone, Copy, Debug)]
pub struct Backoff {
    attempts: u32,
    backoff: Duration,
}

impl Backoff {
    /// At most `attempts` calls, waiting `backoff`, then doubling.
    pub fn new(attempts: u32, backoff: Duration) -> Self {
        Backoff { attempts, backoff }
    }
}

// ANCHOR: backoff
impl Retry for Backoff {
    fn run<'a>(&'a self, operation: &'a Flaky) -> BoxFuture<'a, Result<u32, Unavailable>> {
        // The body an `async fn` would have, in an `async` block, boxed.
        Box::pin(async move {
            let mut wait = self.backoff;
            let mut attempt = 1;
            loop {
                match operation.call().await {
                    Ok(value) => return Ok(value),
                    Err(error) if attempt >= self.attempts => return Err(error),
                    Err(_) => {}
                }
                tokio::time::sleep(wait).await;
                wait *= 2;
                attempt += 1;
            }
        })
    }
}
// ANCHOR_END: backoff

// ANCHOR: cache
/// A cache whose entries expire: an entry inserted at instant `t` is
/// returned by `get` before `t + ttl`, and is gone from that instant on.
/// Inserting a key again replaces its value and starts its `ttl` again;
/// reading it does not. Each key expires on its own.
pub trait Cache: Send {
    /// Stores `value` under `key`, now.
    fn insert(&mut self, key: &str, value: u32);
    /// The value under `key`, if it is there and has not expired.
    fn get(&mut self, key: &str) -> Option<u32>;
}
// ANCHOR_END: cache

/// The correct cache: each entry remembers when it expires.
#[derive(Debug)]
pub struct TtlCache {
    ttl: Duration,
    entries: HashMap<String, (u32, Instant)>,
}

impl TtlCache {
    /// Entries live for `ttl`.
    pub fn new(ttl: Duration) -> Self {
        TtlCache { ttl, entries: HashMap::new() }
    }
}

impl Cache for TtlCache {
    fn insert(&mut self, key: &str, value: u32) {
        self.entries.insert(key.to_string(), (value, Instant::now() + self.ttl));
    }

    fn get(&mut self, key: &str) -> Option<u32> {
        let &(value, expires) = self.entries.get(key)?;
        if Instant::now() < expires {
            Some(value)
        } else {
            self.entries.remove(key);
            None
        }
    }
}

// ANCHOR: line_handler
/// A server's handler for one connection of a line protocol. Each request
/// is one line, and gets one reply line:
/// - `PING` gets `PONG`;
/// - `ADD a b`, `a` and `b` whole numbers (negative ones too), gets their sum;
/// - anything else gets `ERR`.
///
/// Each reply is sent as soon as its request has arrived: a client may wait
/// for the reply before it sends the next request. When the client closes
/// its side of the connection, `serve` returns `Ok(())`.
pub trait LineHandler: Send + Sync {
    /// Serves the client at the other end of `connection` until it closes.
    fn serve(&self, connection: DuplexStream) -> BoxFuture<'_, std::io::Result<()>>;
}
// ANCHOR_END: line_handler

/// The correct handler.
#[derive(Clone, Copy, Debug, Default)]
pub struct Calculator;

impl LineHandler for Calculator {
    fn serve(&self, connection: DuplexStream) -> BoxFuture<'_, std::io::Result<()>> {
        Box::pin(async move {
            let (reader, mut writer) = tokio::io::split(connection);
            let mut lines = BufReader::new(reader).lines();
            while let Some(line) = lines.next_line().await? {
                writer.write_all(format!("{}\n", calculate(&line)).as_bytes()).await?;
            }
            Ok(())
        })
    }
}

/// The reply to one request line.
fn calculate(line: &str) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    match words.as_slice() {
        ["PING"] => "PONG".to_string(),
        ["ADD", a, b] => match (a.parse::<i64>(), b.parse::<i64>()) {
            (Ok(a), Ok(b)) => (a + b).to_string(),
            _ => "ERR".to_string(),
        },
        _ => "ERR".to_string(),
    }
}
