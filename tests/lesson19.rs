//! Lesson 19: testing your own async code.
//!
//! Each exercise is a check, and each check is graded twice over: run on a
//! correct implementation it must return `Ok(())`, and run on each of the
//! wrong implementations below it must return an `Err`. A check that
//! rejects everything fails the first test; one that accepts everything
//! fails the others. Every run is on tokio's paused clock, so a check that
//! sleeps for real, or blocks, is told so.

use std::collections::{HashMap, VecDeque};
use std::time::Duration;

use timeline::grade::{Run, grade};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, BufWriter, DuplexStream};
use tokio::time::Instant;

use crate::exercise::{
    Backoff, Cache, Calculator, Flaky, LineHandler, RateLimiter, Retry, SlidingWindow, TtlCache,
    check_cache, check_line_handler, check_rate_limiter, check_retry,
};
use given::lesson19::{BoxFuture, Unavailable};

/// What a check returned: `Ok`, or its error on one line.
type Verdict = Result<(), String>;

/// The check passed the implementation it was given, as it must.
#[track_caller]
fn passes(run: &Run<Verdict>, what: &str) {
    let error = run.value.as_ref().err().map(String::as_str).unwrap_or_default();
    run.assert_that(
        run.value.is_ok(),
        &format!("your check rejected {what}: \"{error}\". A correct one must pass (`Ok(())`)"),
    );
}

/// The check caught the wrong implementation it was given, as it must.
#[track_caller]
fn catches(run: &Run<Verdict>, what: &str) {
    run.assert_that(
        run.value.is_err(),
        &format!("your check accepted {what}. It returned `Ok(())`; it must return an `Err`"),
    );
}

// ---- rate limiters ----

type MakeLimiter = fn(u32, Duration) -> Box<dyn RateLimiter>;

fn limiter_check(make: MakeLimiter) -> Run<Verdict> {
    grade(move || async move { check_rate_limiter(make).await.map_err(|e| format!("{e:#}")) })
}

/// How a wrong limiter goes wrong.
#[derive(Clone, Copy)]
enum LimiterBug {
    /// `<=` for `<`: one permit more than the limit.
    OneTooMany,
    /// A permit comes back only after `window` has passed, not at it.
    LateByAMoment,
    /// Counts permits in fixed windows from its first permit: at each
    /// window's start every permit comes back at once.
    FixedWindows,
    /// When the oldest permit comes back, all of them do.
    AllComeBackWithTheOldest,
    /// Counts permits and never gives one back.
    NeverGivesBack,
}

struct WrongLimiter {
    bug: LimiterBug,
    limit: usize,
    window: Duration,
    granted: VecDeque<Instant>,
    window_start: Option<Instant>,
}

impl RateLimiter for WrongLimiter {
    fn try_acquire(&mut self) -> bool {
        let now = Instant::now();
        let window = self.window;
        match self.bug {
            LimiterBug::OneTooMany | LimiterBug::NeverGivesBack => {
                if matches!(self.bug, LimiterBug::OneTooMany) {
                    self.granted.retain(|&at| at + window > now);
                }
                let room = if matches!(self.bug, LimiterBug::OneTooMany) { 1 } else { 0 };
                if self.granted.len() < self.limit + room {
                    self.granted.push_back(now);
                    return true;
                }
                false
            }
            LimiterBug::LateByAMoment => {
                self.granted.retain(|&at| at + window >= now);
                self.grant(now)
            }
            LimiterBug::FixedWindows => {
                let start = *self.window_start.get_or_insert(now);
                if now >= start + window {
                    let windows = (now - start).as_nanos() / window.as_nanos();
                    self.window_start = Some(start + window * windows as u32);
                    self.granted.clear();
                }
                self.grant(now)
            }
            LimiterBug::AllComeBackWithTheOldest => {
                if self.granted.front().is_some_and(|&at| at + window <= now) {
                    self.granted.clear();
                }
                self.grant(now)
            }
        }
    }
}

impl WrongLimiter {
    fn grant(&mut self, now: Instant) -> bool {
        let free = self.granted.len() < self.limit;
        if free {
            self.granted.push_back(now);
        }
        free
    }
}

fn wrong_limiter(bug: LimiterBug, limit: u32, window: Duration) -> Box<dyn RateLimiter> {
    let limit = limit as usize;
    Box::new(WrongLimiter { bug, limit, window, granted: VecDeque::new(), window_start: None })
}

#[test]
fn check_rate_limiter_passes_the_correct_limiter() {
    let run = limiter_check(|limit, window| Box::new(SlidingWindow::new(limit, window)));
    passes(&run, "the correct rate limiter");
}

#[test]
fn check_rate_limiter_catches_a_limiter_that_lets_one_too_many_through() {
    let run = limiter_check(|limit, window| wrong_limiter(LimiterBug::OneTooMany, limit, window));
    catches(&run, "a rate limiter that lets a burst of `limit + 1` through (`<=` for `<`)");
}

#[test]
fn check_rate_limiter_catches_a_limiter_that_gives_a_permit_back_a_moment_late() {
    let run =
        limiter_check(|limit, window| wrong_limiter(LimiterBug::LateByAMoment, limit, window));
    catches(
        &run,
        "a rate limiter that still counts a permit exactly `window` after it was granted (it \
         gives it back only after that instant)",
    );
}

#[test]
fn check_rate_limiter_catches_a_limiter_with_fixed_windows() {
    let run = limiter_check(|limit, window| wrong_limiter(LimiterBug::FixedWindows, limit, window));
    catches(
        &run,
        "a rate limiter that counts in fixed windows, so that every permit comes back at each \
         window's start, however recently it was granted",
    );
}

#[test]
fn check_rate_limiter_catches_a_limiter_that_frees_every_permit_with_the_oldest() {
    let run = limiter_check(|limit, window| {
        wrong_limiter(LimiterBug::AllComeBackWithTheOldest, limit, window)
    });
    catches(
        &run,
        "a rate limiter that gives every permit back when the oldest one comes back, even those \
         granted later",
    );
}

#[test]
fn check_rate_limiter_catches_a_limiter_that_never_gives_a_permit_back() {
    let run =
        limiter_check(|limit, window| wrong_limiter(LimiterBug::NeverGivesBack, limit, window));
    catches(&run, "a rate limiter that never gives a permit back, however long you wait");
}

// ---- retry policies ----

type MakeRetry = fn(u32, Duration) -> Box<dyn Retry>;

fn retry_check(make: MakeRetry) -> Run<Verdict> {
    grade(move || async move { check_retry(make).await.map_err(|e| format!("{e:#}")) })
}

/// How a wrong retry policy goes wrong.
#[derive(Clone, Copy)]
enum RetryBug {
    /// Counts retries, not calls: `attempts + 1` calls.
    OneCallTooMany,
    /// `1..attempts`: one call too few.
    OneCallTooFew,
    /// Waits `backoff` every time.
    SameWaitEachTime,
    /// Doubles before the first wait: `2 * backoff`, then `4 * backoff`.
    DoublesTooSoon,
    /// Waits once more after the last failed call, then returns.
    WaitsAfterTheLastCall,
    /// Returns the first call's error, not the last one's.
    ReturnsTheFirstError,
}

struct WrongRetry {
    bug: RetryBug,
    attempts: u32,
    backoff: Duration,
}

impl Retry for WrongRetry {
    fn run<'a>(&'a self, operation: &'a Flaky) -> BoxFuture<'a, Result<u32, Unavailable>> {
        Box::pin(async move {
            let calls = match self.bug {
                RetryBug::OneCallTooMany => self.attempts + 1,
                RetryBug::OneCallTooFew => self.attempts.saturating_sub(1).max(1),
                _ => self.attempts,
            };
            let mut wait = match self.bug {
                RetryBug::DoublesTooSoon => self.backoff * 2,
                _ => self.backoff,
            };
            let mut first_error = None;
            for call in 1..=calls {
                let error = match operation.call().await {
                    Ok(value) => return Ok(value),
                    Err(error) => error,
                };
                let first = *first_error.get_or_insert(error);
                if call == calls {
                    if matches!(self.bug, RetryBug::WaitsAfterTheLastCall) {
                        tokio::time::sleep(wait).await;
                    }
                    let returned = if matches!(self.bug, RetryBug::ReturnsTheFirstError) {
                        first
                    } else {
                        error
                    };
                    return Err(returned);
                }
                tokio::time::sleep(wait).await;
                if !matches!(self.bug, RetryBug::SameWaitEachTime) {
                    wait *= 2;
                }
            }
            unreachable!("the last call returns")
        })
    }
}

fn wrong_retry(bug: RetryBug, attempts: u32, backoff: Duration) -> Box<dyn Retry> {
    Box::new(WrongRetry { bug, attempts, backoff })
}

#[test]
fn check_retry_passes_the_correct_policy() {
    let run = retry_check(|attempts, backoff| Box::new(Backoff::new(attempts, backoff)));
    passes(&run, "the correct retry policy");
}

#[test]
fn check_retry_catches_a_policy_that_makes_one_call_too_many() {
    let run =
        retry_check(|attempts, backoff| wrong_retry(RetryBug::OneCallTooMany, attempts, backoff));
    catches(&run, "a retry policy that makes `attempts + 1` calls (it counts retries, not calls)");
}

#[test]
fn check_retry_catches_a_policy_that_makes_one_call_too_few() {
    let run =
        retry_check(|attempts, backoff| wrong_retry(RetryBug::OneCallTooFew, attempts, backoff));
    catches(&run, "a retry policy that makes `attempts - 1` calls");
}

#[test]
fn check_retry_catches_a_policy_that_waits_the_same_each_time() {
    let run =
        retry_check(|attempts, backoff| wrong_retry(RetryBug::SameWaitEachTime, attempts, backoff));
    catches(&run, "a retry policy that waits `backoff` every time, never doubling it");
}

#[test]
fn check_retry_catches_a_policy_that_doubles_before_the_first_wait() {
    let run =
        retry_check(|attempts, backoff| wrong_retry(RetryBug::DoublesTooSoon, attempts, backoff));
    catches(&run, "a retry policy whose first wait is already twice `backoff`");
}

#[test]
fn check_retry_catches_a_policy_that_waits_after_the_last_call() {
    let run = retry_check(|attempts, backoff| {
        wrong_retry(RetryBug::WaitsAfterTheLastCall, attempts, backoff)
    });
    catches(
        &run,
        "a retry policy that makes the right calls at the right instants, but waits once more \
         after the last one fails before it returns the error",
    );
}

#[test]
fn check_retry_catches_a_policy_that_returns_the_first_error() {
    let run = retry_check(|attempts, backoff| {
        wrong_retry(RetryBug::ReturnsTheFirstError, attempts, backoff)
    });
    catches(&run, "a retry policy that returns the first call's error instead of the last one's");
}

// ---- caches ----

type MakeCache = fn(Duration) -> Box<dyn Cache>;

fn cache_check(make: MakeCache) -> Run<Verdict> {
    grade(move || async move { check_cache(make).await.map_err(|e| format!("{e:#}")) })
}

/// How a wrong cache goes wrong.
#[derive(Clone, Copy)]
enum CacheBug {
    /// Keeps every entry for ever.
    NeverExpires,
    /// `<=` for `<`: still returns an entry exactly at its ttl.
    ExpiresAMomentLate,
    /// A read starts the entry's ttl again.
    ReadExtends,
    /// Inserting a key again keeps its first expiry.
    ReinsertKeepsTheOldExpiry,
    /// When one entry expires, every entry goes.
    ExpiresEverythingAtOnce,
    /// Inserting a key again keeps its first value.
    ReinsertKeepsTheOldValue,
}

struct WrongCache {
    bug: CacheBug,
    ttl: Duration,
    entries: HashMap<String, (u32, Instant)>,
}

impl Cache for WrongCache {
    fn insert(&mut self, key: &str, value: u32) {
        let expires = Instant::now() + self.ttl;
        match (self.bug, self.entries.get_mut(key)) {
            (CacheBug::ReinsertKeepsTheOldExpiry, Some(entry)) => entry.0 = value,
            (CacheBug::ReinsertKeepsTheOldValue, Some(entry)) => entry.1 = expires,
            _ => {
                self.entries.insert(key.to_string(), (value, expires));
            }
        }
    }

    fn get(&mut self, key: &str) -> Option<u32> {
        let now = Instant::now();
        let ttl = self.ttl;
        let (value, expires) = *self.entries.get(key)?;
        let alive = match self.bug {
            CacheBug::NeverExpires => true,
            CacheBug::ExpiresAMomentLate => now <= expires,
            _ => now < expires,
        };
        if !alive {
            if matches!(self.bug, CacheBug::ExpiresEverythingAtOnce) {
                self.entries.clear();
            } else {
                self.entries.remove(key);
            }
            return None;
        }
        if matches!(self.bug, CacheBug::ExpiresEverythingAtOnce)
            && self.entries.values().any(|&(_, at)| now >= at)
        {
            self.entries.clear();
            return None;
        }
        if matches!(self.bug, CacheBug::ReadExtends) {
            self.entries.insert(key.to_string(), (value, now + ttl));
        }
        Some(value)
    }
}

fn wrong_cache(bug: CacheBug, ttl: Duration) -> Box<dyn Cache> {
    Box::new(WrongCache { bug, ttl, entries: HashMap::new() })
}

#[test]
fn check_cache_passes_the_correct_cache() {
    let run = cache_check(|ttl| Box::new(TtlCache::new(ttl)));
    passes(&run, "the correct cache");
}

#[test]
fn check_cache_catches_a_cache_that_never_expires() {
    let run = cache_check(|ttl| wrong_cache(CacheBug::NeverExpires, ttl));
    catches(&run, "a cache whose entries never expire");
}

#[test]
fn check_cache_catches_a_cache_that_still_returns_an_entry_exactly_at_its_ttl() {
    let run = cache_check(|ttl| wrong_cache(CacheBug::ExpiresAMomentLate, ttl));
    catches(
        &run,
        "a cache that still returns an entry exactly `ttl` after it was inserted (`<=` for `<`); \
         the entry is gone from that instant on",
    );
}

#[test]
fn check_cache_catches_a_cache_where_reading_extends_an_entry() {
    let run = cache_check(|ttl| wrong_cache(CacheBug::ReadExtends, ttl));
    catches(&run, "a cache in which reading an entry starts its ttl again");
}

#[test]
fn check_cache_catches_a_cache_that_keeps_the_first_expiry_on_a_second_insert() {
    let run = cache_check(|ttl| wrong_cache(CacheBug::ReinsertKeepsTheOldExpiry, ttl));
    catches(&run, "a cache in which inserting a key again does not start its ttl again");
}

#[test]
fn check_cache_catches_a_cache_that_keeps_the_first_value_on_a_second_insert() {
    let run = cache_check(|ttl| wrong_cache(CacheBug::ReinsertKeepsTheOldValue, ttl));
    catches(&run, "a cache in which inserting a key again keeps the old value");
}

#[test]
fn check_cache_catches_a_cache_that_expires_every_entry_with_the_oldest() {
    let run = cache_check(|ttl| wrong_cache(CacheBug::ExpiresEverythingAtOnce, ttl));
    catches(&run, "a cache that drops every entry when the oldest one expires");
}

// ---- line handlers ----

type MakeHandler = fn() -> Box<dyn LineHandler>;

fn handler_check(make: MakeHandler) -> Run<Verdict> {
    grade(move || async move { check_line_handler(make).await.map_err(|e| format!("{e:#}")) })
}

/// How a wrong handler goes wrong.
#[derive(Clone, Copy)]
enum HandlerBug {
    /// Writes its replies into a `BufWriter` and never flushes it.
    NeverFlushes,
    /// Reads every request until the client closes, then replies to all.
    RepliesAtTheEnd,
    /// Replies to the first request, then returns.
    OnlyTheFirst,
    /// Reads numbers as unsigned: `ADD -7 3` gets `ERR`.
    Unsigned,
    /// Replies right, but never returns after the client closes.
    NeverReturns,
}

struct WrongHandler(HandlerBug);

impl LineHandler for WrongHandler {
    fn serve(&self, connection: DuplexStream) -> BoxFuture<'_, std::io::Result<()>> {
        let bug = self.0;
        Box::pin(async move {
            let (reader, writer) = tokio::io::split(connection);
            let mut writer = BufWriter::new(writer);
            let mut lines = BufReader::new(reader).lines();
            let mut held = Vec::new();
            while let Some(line) = lines.next_line().await? {
                let reply = wrong_reply(bug, &line);
                if matches!(bug, HandlerBug::RepliesAtTheEnd) {
                    held.push(reply);
                    continue;
                }
                writer.write_all(format!("{reply}\n").as_bytes()).await?;
                if !matches!(bug, HandlerBug::NeverFlushes) {
                    writer.flush().await?;
                }
                if matches!(bug, HandlerBug::OnlyTheFirst) {
                    return Ok(());
                }
            }
            for reply in held {
                writer.write_all(format!("{reply}\n").as_bytes()).await?;
            }
            if !matches!(bug, HandlerBug::NeverFlushes) {
                // The client may be gone by now; what it missed is the bug.
                let _ = writer.flush().await;
            }
            if matches!(bug, HandlerBug::NeverReturns) {
                std::future::pending::<()>().await;
            }
            Ok(())
        })
    }
}

/// The protocol's reply, but with numbers read as unsigned for `Unsigned`.
fn wrong_reply(bug: HandlerBug, line: &str) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    match words.as_slice() {
        ["PING"] => "PONG".to_string(),
        ["ADD", a, b] if matches!(bug, HandlerBug::Unsigned) => {
            match (a.parse::<u64>(), b.parse::<u64>()) {
                (Ok(a), Ok(b)) => (a + b).to_string(),
                _ => "ERR".to_string(),
            }
        }
        ["ADD", a, b] => match (a.parse::<i64>(), b.parse::<i64>()) {
            (Ok(a), Ok(b)) => (a + b).to_string(),
            _ => "ERR".to_string(),
        },
        _ => "ERR".to_string(),
    }
}

#[test]
fn check_line_handler_passes_the_correct_handler() {
    let run = handler_check(|| Box::new(Calculator));
    passes(&run, "the correct line handler");
}

#[test]
fn check_line_handler_catches_a_handler_that_never_flushes_its_replies() {
    let run = handler_check(|| Box::new(WrongHandler(HandlerBug::NeverFlushes)));
    catches(
        &run,
        "a line handler that writes its replies into a `BufWriter` and never flushes it, so no \
         reply ever reaches the client",
    );
}

#[test]
fn check_line_handler_catches_a_handler_that_replies_only_when_the_client_closes() {
    let run = handler_check(|| Box::new(WrongHandler(HandlerBug::RepliesAtTheEnd)));
    catches(
        &run,
        "a line handler that reads every request until the client closes, and only then replies \
         to them all (a client that waits for each reply before the next request waits for ever)",
    );
}

#[test]
fn check_line_handler_catches_a_handler_that_replies_only_to_the_first_request() {
    let run = handler_check(|| Box::new(WrongHandler(HandlerBug::OnlyTheFirst)));
    catches(&run, "a line handler that replies to the first request, then closes the connection");
}

#[test]
fn check_line_handler_catches_a_handler_that_reads_numbers_as_unsigned() {
    let run = handler_check(|| Box::new(WrongHandler(HandlerBug::Unsigned)));
    catches(&run, "a line handler that answers `ERR` to an `ADD` with a negative number");
}

#[test]
fn check_line_handler_catches_a_handler_that_never_returns() {
    let run = handler_check(|| Box::new(WrongHandler(HandlerBug::NeverReturns)));
    catches(
        &run,
        "a line handler that replies correctly but never returns after the client closes its side",
    );
}
