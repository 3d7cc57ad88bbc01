//! Lesson 19: testing your own async code.
//!
//! Each exercise is a check, and each check is graded twice over: run on a
//! correct implementation it must return `Ok(())`, and run on each of the
//! wrong implementations below it must return an `Err`. A check that
//! rejects everything fails the first test; one that accepts everything
//! fails the others. Every run is on tokio's paused clock, so a check that
//! sleeps for real, or blocks, is told so.
//!
//! The named tests show one wrong implementation each. After them, one test
//! per exercise runs the check on a whole family of implementations made
//! from the correct one: each number it is given off a little (10%, or one
//! millisecond) and off a lot, each rule broken on its own, and correct ones
//! that differ where the spec leaves a choice. The family is a table at the
//! end of this file, one line per implementation.

use std::collections::{HashMap, VecDeque};
use std::time::Duration;

use timeline::grade::{Run, grade};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, DuplexStream};
use tokio::time::{Instant, sleep, sleep_until};

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
    run.assert_that(run.value.is_ok(), &rejected(run, what));
}

/// The check caught the wrong implementation it was given, as it must.
#[track_caller]
fn catches(run: &Run<Verdict>, what: &str) {
    run.assert_that(run.value.is_err(), &accepted(what));
}

/// What to say when a check rejected `what`, a correct implementation.
fn rejected(run: &Run<Verdict>, what: &str) -> String {
    let error = run.value.as_ref().err().map(String::as_str).unwrap_or_default();
    format!("your check rejected {what}: \"{error}\". A correct one must pass (`Ok(())`)")
}

/// What to say when a check accepted `what`, a wrong implementation.
fn accepted(what: &str) -> String {
    format!("your check accepted {what}. It returned `Ok(())`; it must return an `Err`")
}

// ---- rate limiters ----

#[test]
fn check_rate_limiter_passes_the_correct_limiter() {
    let run = limiter_check(|limit, window| Box::new(SlidingWindow::new(limit, window)));
    passes(&run, "the correct rate limiter");
}

#[test]
fn check_rate_limiter_catches_a_limiter_that_lets_one_too_many_through() {
    let run = limiter_check(|limit, window| limiter(LimiterVariant::Permits(1), limit, window));
    catches(&run, "a rate limiter that lets a burst of `limit + 1` through (`<=` for `<`)");
}

#[test]
fn check_rate_limiter_catches_a_limiter_that_gives_a_permit_back_a_moment_late() {
    let run =
        limiter_check(|limit, window| limiter(LimiterVariant::Window(AT_THE_END), limit, window));
    catches(
        &run,
        "a rate limiter that still counts a permit exactly `window` after it was granted (it \
         gives it back only after that instant)",
    );
}

#[test]
fn check_rate_limiter_catches_a_limiter_with_fixed_windows() {
    let run = limiter_check(|limit, window| limiter(LimiterVariant::FixedWindows, limit, window));
    catches(
        &run,
        "a rate limiter that counts in fixed windows, so that every permit comes back at each \
         window's start, however recently it was granted",
    );
}

#[test]
fn check_rate_limiter_catches_a_limiter_that_frees_every_permit_with_the_oldest() {
    let run =
        limiter_check(|limit, window| limiter(LimiterVariant::AllWithTheOldest, limit, window));
    catches(
        &run,
        "a rate limiter that gives every permit back when the oldest one comes back, even those \
         granted later",
    );
}

#[test]
fn check_rate_limiter_catches_a_limiter_that_never_gives_a_permit_back() {
    let run = limiter_check(|limit, window| {
        limiter(LimiterVariant::Window(Change::Forever), limit, window)
    });
    catches(&run, "a rate limiter that never gives a permit back, however long you wait");
}

#[test]
fn check_rate_limiter_tells_right_limiters_from_wrong_ones() {
    judge_family(LIMITERS, "rate limiter", |variant| {
        limiter_check(move |limit, window| limiter(variant, limit, window))
    });
}

// ---- retry policies ----

#[test]
fn check_retry_passes_the_correct_policy() {
    let run = retry_check(|attempts, backoff| Box::new(Backoff::new(attempts, backoff)));
    passes(&run, "the correct retry policy");
}

#[test]
fn check_retry_catches_a_policy_that_makes_one_call_too_many() {
    let run = retry_check(|attempts, backoff| policy(RetryVariant::Calls(1), attempts, backoff));
    catches(&run, "a retry policy that makes `attempts + 1` calls (it counts retries, not calls)");
}

#[test]
fn check_retry_catches_a_policy_that_makes_one_call_too_few() {
    let run = retry_check(|attempts, backoff| policy(RetryVariant::Calls(-1), attempts, backoff));
    catches(&run, "a retry policy that makes `attempts - 1` calls");
}

#[test]
fn check_retry_catches_a_policy_that_waits_the_same_each_time() {
    let run = retry_check(|attempts, backoff| {
        policy(RetryVariant::Growth(Change::Times(1, 1)), attempts, backoff)
    });
    catches(&run, "a retry policy that waits `backoff` every time, never doubling it");
}

#[test]
fn check_retry_catches_a_policy_that_doubles_before_the_first_wait() {
    let run = retry_check(|attempts, backoff| {
        policy(RetryVariant::FirstWait(Change::Times(2, 1)), attempts, backoff)
    });
    catches(&run, "a retry policy whose first wait is already twice `backoff`");
}

#[test]
fn check_retry_catches_a_policy_that_waits_after_the_last_call() {
    let run = retry_check(|attempts, backoff| {
        policy(RetryVariant::WaitsAfterTheLastCall, attempts, backoff)
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
        policy(RetryVariant::ReturnsTheFirstError, attempts, backoff)
    });
    catches(&run, "a retry policy that returns the first call's error instead of the last one's");
}

#[test]
fn check_retry_tells_right_policies_from_wrong_ones() {
    judge_family(POLICIES, "retry policy", |variant| {
        retry_check(move |attempts, backoff| policy(variant, attempts, backoff))
    });
}

// ---- caches ----

#[test]
fn check_cache_passes_the_correct_cache() {
    let run = cache_check(|ttl| Box::new(TtlCache::new(ttl)));
    passes(&run, "the correct cache");
}

#[test]
fn check_cache_catches_a_cache_that_never_expires() {
    let run = cache_check(|ttl| cache(CacheVariant::Lifetime(Change::Forever), ttl));
    catches(&run, "a cache whose entries never expire");
}

#[test]
fn check_cache_catches_a_cache_that_still_returns_an_entry_exactly_at_its_ttl() {
    let run = cache_check(|ttl| cache(CacheVariant::Lifetime(AT_THE_END), ttl));
    catches(
        &run,
        "a cache that still returns an entry exactly `ttl` after it was inserted (`<=` for `<`); \
         the entry is gone from that instant on",
    );
}

#[test]
fn check_cache_catches_a_cache_where_reading_extends_an_entry() {
    let run = cache_check(|ttl| cache(CacheVariant::ReadsExtend, ttl));
    catches(&run, "a cache in which reading an entry starts its ttl again");
}

#[test]
fn check_cache_catches_a_cache_that_keeps_the_first_expiry_on_a_second_insert() {
    let run = cache_check(|ttl| cache(CacheVariant::ReinsertKeepsTheExpiry, ttl));
    catches(&run, "a cache in which inserting a key again does not start its ttl again");
}

#[test]
fn check_cache_catches_a_cache_that_keeps_the_first_value_on_a_second_insert() {
    let run = cache_check(|ttl| cache(CacheVariant::ReinsertKeepsTheValue, ttl));
    catches(&run, "a cache in which inserting a key again keeps the old value");
}

#[test]
fn check_cache_catches_a_cache_that_expires_every_entry_with_the_oldest() {
    let run = cache_check(|ttl| cache(CacheVariant::AllWithTheOldest, ttl));
    catches(&run, "a cache that drops every entry when the oldest one expires");
}

#[test]
fn check_cache_tells_right_caches_from_wrong_ones() {
    judge_family(CACHES, "cache", |variant| cache_check(move |ttl| cache(variant, ttl)));
}

// ---- line handlers ----

#[test]
fn check_line_handler_passes_the_correct_handler() {
    let run = handler_check(|| Box::new(Calculator));
    passes(&run, "the correct line handler");
}

#[test]
fn check_line_handler_catches_a_handler_that_never_flushes_its_replies() {
    let run = handler_check(|| handler(HandlerVariant::NeverFlushes));
    catches(
        &run,
        "a line handler that writes its replies into a `BufWriter` and never flushes it, so no \
         reply ever reaches the client",
    );
}

#[test]
fn check_line_handler_catches_a_handler_that_replies_only_when_the_client_closes() {
    let run = handler_check(|| handler(HandlerVariant::RepliesAtTheEnd));
    catches(
        &run,
        "a line handler that reads every request until the client closes, and only then replies \
         to them all (a client that waits for each reply before the next request waits for ever)",
    );
}

#[test]
fn check_line_handler_catches_a_handler_that_replies_only_to_the_first_request() {
    let run = handler_check(|| handler(HandlerVariant::OnlyTheFirst));
    catches(&run, "a line handler that replies to the first request, then closes the connection");
}

#[test]
fn check_line_handler_catches_a_handler_that_reads_numbers_as_unsigned() {
    let run = handler_check(|| handler(HandlerVariant::Unsigned));
    catches(&run, "a line handler that answers `ERR` to an `ADD` with a negative number");
}

#[test]
fn check_line_handler_catches_a_handler_that_never_returns() {
    let run = handler_check(|| handler(HandlerVariant::NeverReturns));
    catches(
        &run,
        "a line handler that replies correctly but never returns after the client closes its side",
    );
}

#[test]
fn check_line_handler_tells_right_handlers_from_wrong_ones() {
    judge_family(HANDLERS, "line handler", |variant| handler_check(move || handler(variant)));
}

// ---------------------------------------------------------------------------
// The families. Each line is one implementation: whether a check must pass
// it (`right`) or catch it (`wrong`), what it does (as the verdict names it),
// and how it differs from the given correct one. Adding an implementation is
// adding a line.

/// One implementation of a family.
struct Member<V> {
    /// Whether it behaves as its trait says (a check must pass it).
    right: bool,
    /// What it does, to follow "a rate limiter that" (or "whose", or "in
    /// which", when it starts so); empty for the given implementation.
    what: &'static str,
    /// How it differs from the given implementation.
    variant: V,
}

/// The given implementation, which a check must pass.
const fn given<V>(variant: V) -> Member<V> {
    Member { right: true, what: "", variant }
}

/// An implementation a check must pass.
const fn right<V>(what: &'static str, variant: V) -> Member<V> {
    Member { right: true, what, variant }
}

/// An implementation a check must catch.
const fn wrong<V>(what: &'static str, variant: V) -> Member<V> {
    Member { right: false, what, variant }
}

impl<V> Member<V> {
    /// What it is, in the words of a verdict: "the correct cache", "a cache
    /// whose entries expire at half the ttl".
    fn described(&self, noun: &str) -> String {
        let that = if self.what.starts_with("whose ") || self.what.starts_with("in which ") {
            ""
        } else {
            "that "
        };
        match (self.right, self.what) {
            (true, "") => format!("the correct {noun}"),
            (true, what) => format!("a correct {noun} {that}{what}"),
            (false, what) => format!("a {noun} {that}{what}"),
        }
    }
}

/// A change to one duration an implementation is given (a window, a ttl, a
/// backoff): what it uses instead.
#[derive(Clone, Copy, Debug)]
enum Change {
    /// `num / den` of it.
    Times(u32, u32),
    /// That much more.
    Plus(Duration),
    /// That much less.
    Minus(Duration),
    /// For ever (where a duration says when something ends).
    Forever,
}

impl Change {
    /// The duration to use instead of `given`; `None` for ever.
    fn apply(self, given: Duration) -> Option<Duration> {
        match self {
            Change::Times(num, den) => Some(given * num / den),
            Change::Plus(more) => Some(given + more),
            Change::Minus(less) => Some(given.saturating_sub(less)),
            Change::Forever => None,
        }
    }
}

/// One millisecond: the smallest step a tokio timer takes.
const TICK: Duration = Duration::from_millis(1);

/// Counting a boundary instant as inside (`<=` for `<`) behaves exactly
/// like ending one nanosecond later: the paused clock is exact to the
/// nanosecond.
const AT_THE_END: Change = Change::Plus(Duration::from_nanos(1));

/// Every rate limiter the family test tries.
const LIMITERS: &[Member<LimiterVariant>] = {
    use Change::{Forever, Minus, Plus, Times};
    use LimiterVariant::*;
    &[
        given(Given),
        wrong("grants one permit fewer than `limit`", Permits(-1)),
        wrong("lets a burst of `limit + 1` through", Permits(1)),
        wrong("grants twice `limit` permits", Permits(i32::MAX)),
        wrong("never gives a permit back", Window(Forever)),
        wrong("gives a permit back after half the window", Window(Times(1, 2))),
        wrong("gives a permit back 10% early", Window(Times(9, 10))),
        wrong("gives a permit back 1ms before the window ends", Window(Minus(TICK))),
        wrong("still counts a permit at the instant the window ends", Window(AT_THE_END)),
        wrong("gives a permit back 1ms after the window ends", Window(Plus(TICK))),
        wrong("gives a permit back 10% late", Window(Times(11, 10))),
        wrong("gives a permit back after twice the window", Window(Times(2, 1))),
        wrong("counts in fixed windows", FixedWindows),
        wrong("gives every permit back with the oldest", AllWithTheOldest),
        wrong("gives every permit back only with the newest", AllWithTheNewest),
        wrong("counts a refused request as a permit", CountsRefusals),
        wrong("refills one permit every `window / limit` (a token bucket)", TokenBucket),
    ]
};

/// Every retry policy the family test tries.
const POLICIES: &[Member<RetryVariant>] = {
    use Change::{Minus, Plus, Times};
    use RetryVariant::*;
    &[
        given(Given),
        right(
            "makes no call for 0 attempts and returns `Unavailable { call: 0 }`",
            NoCallForZeroAttempts,
        ),
        wrong("makes `attempts - 1` calls", Calls(-1)),
        wrong("makes `attempts + 1` calls", Calls(1)),
        wrong("makes twice `attempts` calls", Calls(i32::MAX)),
        wrong("never waits", FirstWait(Times(0, 1))),
        wrong("whose first wait is half `backoff`", FirstWait(Times(1, 2))),
        wrong("whose first wait is 10% short", FirstWait(Times(9, 10))),
        wrong("whose first wait is 1ms short", FirstWait(Minus(TICK))),
        wrong("whose first wait is 1ms long", FirstWait(Plus(TICK))),
        wrong("whose first wait is 10% long", FirstWait(Times(11, 10))),
        wrong("whose first wait is already twice `backoff`", FirstWait(Times(2, 1))),
        wrong("whose first wait is ten times `backoff`", FirstWait(Times(10, 1))),
        wrong("waits `backoff` every time, never doubling it", Growth(Times(1, 1))),
        wrong("whose waits grow by 1.8 times, not 2", Growth(Times(9, 5))),
        wrong("whose waits grow by 2.2 times, not 2", Growth(Times(11, 5))),
        wrong("whose waits triple", Growth(Times(3, 1))),
        wrong("whose waits grow linearly (`backoff * attempt`: 1, 2, 3 times `backoff`)", Linear),
        wrong(
            "doubles the time since the first call (calls at 0, 1, 2, 4 times `backoff`)",
            DoublesFromTheFirstCall,
        ),
        wrong("waits `backoff` before the first call too", WaitsBeforeTheFirstCall),
        wrong("waits once more after the last call fails", WaitsAfterTheLastCall),
        wrong("returns the first call's error instead of the last one's", ReturnsTheFirstError),
        wrong(
            "goes on calling after a success, and returns the last call's result",
            KeepsCallingAfterASuccess,
        ),
    ]
};

/// Every cache the family test tries.
const CACHES: &[Member<CacheVariant>] = {
    use CacheVariant::*;
    use Change::{Forever, Minus, Plus, Times};
    &[
        given(Given),
        wrong("whose entries never expire", Lifetime(Forever)),
        wrong("whose entries expire at half the ttl", Lifetime(Times(1, 2))),
        wrong("whose entries expire 10% early", Lifetime(Times(9, 10))),
        wrong("whose entries expire 1ms before the ttl", Lifetime(Minus(TICK))),
        wrong("still returns an entry exactly at its ttl", Lifetime(AT_THE_END)),
        wrong("whose entries expire 1ms after the ttl", Lifetime(Plus(TICK))),
        wrong("whose entries expire 10% late", Lifetime(Times(11, 10))),
        wrong("whose entries expire at twice the ttl", Lifetime(Times(2, 1))),
        wrong("in which reading an entry starts its ttl again", ReadsExtend),
        wrong("in which reading an entry removes it", ReadsRemove),
        wrong(
            "in which inserting a key again does not start its ttl again",
            ReinsertKeepsTheExpiry,
        ),
        wrong("in which inserting a key again keeps the old value", ReinsertKeepsTheValue),
        wrong("drops every entry when the oldest one expires", AllWithTheOldest),
        wrong("empties itself every ttl, whenever each entry was inserted", ClearedEveryTtl),
        wrong("whose entries all expire one ttl after the latest insert", OneClockForAll),
        wrong("keeps only the key inserted last", OnlyTheLastKey),
    ]
};

/// Every line handler the family test tries.
const HANDLERS: &[Member<HandlerVariant>] = {
    use HandlerVariant::*;
    &[
        given(Given),
        right("splits requests on single spaces only", SingleSpaces),
        right("answers `ERR` to a sum too large for an `i64`", WideNumbers),
        right("writes each reply in two pieces (the text, then the newline)", TwoPieces),
        right("ignores an unfinished last line (no newline) at the close", CompleteLinesOnly),
        wrong("writes its replies into a `BufWriter` and never flushes it", NeverFlushes),
        wrong("replies to every request only once the client closes", RepliesAtTheEnd),
        wrong("replies to each request only when the next one arrives", OneReplyBehind),
        wrong("replies 1ms after each request", RepliesLate(TICK)),
        wrong("replies 2s after each request", RepliesLate(Duration::from_secs(2))),
        wrong("replies to the first request, then closes the connection", OnlyTheFirst),
        wrong("closes the connection after its first `ERR`", StopsAfterAnError),
        wrong("answers `ERR` to an `ADD` with a negative number", Unsigned),
        wrong("multiplies for `ADD`", Multiplies),
        wrong("answers `PONG` to `ping` (commands in any case)", AnyCase),
        wrong("adds the first two numbers of `ADD 1 2 3`", ExtraWords),
        wrong("gives an empty line no reply", SkipsEmptyLines),
        wrong("takes whatever one read returns as one request", ChunkIsALine),
        wrong("returns an error, not `Ok(())`, when the client closes", FailsAtTheClose),
        wrong("replies correctly but never returns after the client closes", NeverReturns),
    ]
};

/// Runs `check` on every member of `family`, implementations of `noun`,
/// and fails on the first it misjudges, naming every other one it misjudged
/// too.
#[track_caller]
fn judge_family<V: Copy>(family: &[Member<V>], noun: &str, check: impl Fn(V) -> Run<Verdict>) {
    let runs: Vec<(&Member<V>, Run<Verdict>)> =
        family.iter().map(|member| (member, check(member.variant))).collect();
    let mut misjudged = runs.iter().filter(|(member, run)| run.value.is_ok() != member.right);
    let Some((first, run)) = misjudged.next() else { return };
    let what = first.described(noun);
    let verdict = if first.right { rejected(run, &what) } else { accepted(&what) };
    let mut also = String::new();
    for (member, _) in misjudged {
        let verb = if member.right { "rejected" } else { "accepted" };
        also.push_str(&format!("\n  {verb} {}", member.described(noun)));
    }
    if !also.is_empty() {
        also = format!(
            "\n\nOf the {} implementations this test tries, your check also{also}",
            family.len()
        );
    }
    run.assert_that(false, &format!("{verdict}{also}"));
}

// ---- the rate limiters ----
//
// Every maker reaches the check boxed, as one type: a closure's type is named
// after the test it was written in (`std::any::type_name`), and a test's name
// says whether the check should pass.

/// Grades `check_rate_limiter` on the limiters `make` makes.
fn limiter_check(
    make: impl Fn(u32, Duration) -> Box<dyn RateLimiter> + Send + 'static,
) -> Run<Verdict> {
    let make: Box<dyn Fn(u32, Duration) -> Box<dyn RateLimiter> + Send> = Box::new(make);
    grade(move || async move { check_rate_limiter(make).await.map_err(|e| format!("{e:#}")) })
}

/// How a rate limiter of the family differs from the given `SlidingWindow`.
#[derive(Clone, Copy, Debug)]
enum LimiterVariant {
    /// Not at all.
    Given,
    /// This many permits more than `limit` (fewer if negative; `i32::MAX`:
    /// twice `limit`).
    Permits(i32),
    /// A permit counts for this change of `window`.
    Window(Change),
    /// Counts permits in fixed windows from its first permit: at each
    /// window's start every permit comes back at once.
    FixedWindows,
    /// When the oldest permit comes back, all of them do.
    AllWithTheOldest,
    /// Permits come back only when the newest one does, all at once.
    AllWithTheNewest,
    /// A refused request counts as a permit granted.
    CountsRefusals,
    /// Holds `limit` tokens and adds one back every `window / limit`.
    TokenBucket,
}

struct FamilyLimiter {
    variant: LimiterVariant,
    limit: usize,
    /// How long a permit counts; `None` for ever.
    hold: Option<Duration>,
    granted: VecDeque<Instant>,
    /// Where the current fixed window, or the bucket's last refill, began.
    since: Option<Instant>,
    tokens: usize,
}

/// A rate limiter of the family, for `limit` permits per `window`.
fn limiter(variant: LimiterVariant, limit: u32, window: Duration) -> Box<dyn RateLimiter> {
    let limit = match variant {
        LimiterVariant::Permits(i32::MAX) => limit as usize * 2,
        LimiterVariant::Permits(more) => (limit as i64 + more as i64).max(0) as usize,
        _ => limit as usize,
    };
    let hold = match variant {
        LimiterVariant::Window(change) => change.apply(window),
        _ => Some(window),
    };
    let granted = VecDeque::new();
    Box::new(FamilyLimiter { variant, limit, hold, granted, since: None, tokens: limit })
}

impl RateLimiter for FamilyLimiter {
    fn try_acquire(&mut self) -> bool {
        let now = Instant::now();
        let over = |at: Instant, hold: Option<Duration>| hold.is_some_and(|hold| at + hold <= now);
        match self.variant {
            LimiterVariant::FixedWindows => {
                let start = *self.since.get_or_insert(now);
                if let Some(hold) = self.hold.filter(|hold| now >= start + *hold) {
                    let windows = (now - start).as_nanos() / hold.as_nanos();
                    self.since = Some(start + hold * windows as u32);
                    self.granted.clear();
                }
            }
            LimiterVariant::AllWithTheOldest => {
                if self.granted.front().is_some_and(|&at| over(at, self.hold)) {
                    self.granted.clear();
                }
            }
            LimiterVariant::AllWithTheNewest => {
                if self.granted.back().is_some_and(|&at| over(at, self.hold)) {
                    self.granted.clear();
                }
            }
            LimiterVariant::TokenBucket => return self.take_a_token(now),
            _ => {
                while self.granted.front().is_some_and(|&at| over(at, self.hold)) {
                    self.granted.pop_front();
                }
            }
        }
        let free = self.granted.len() < self.limit;
        if free || matches!(self.variant, LimiterVariant::CountsRefusals) {
            self.granted.push_back(now);
        }
        free
    }
}

impl FamilyLimiter {
    fn take_a_token(&mut self, now: Instant) -> bool {
        let last = *self.since.get_or_insert(now);
        if let Some(every) = self.hold.map(|hold| hold / self.limit.max(1) as u32) {
            let refills = ((now - last).as_nanos() / every.as_nanos().max(1)) as u32;
            self.tokens = (self.tokens + refills as usize).min(self.limit);
            self.since = Some(last + every * refills);
        }
        let free = self.tokens > 0;
        if free {
            self.tokens -= 1;
        }
        free
    }
}

// ---- the retry policies ----

/// Grades `check_retry` on the policies `make` makes.
fn retry_check(make: impl Fn(u32, Duration) -> Box<dyn Retry> + Send + 'static) -> Run<Verdict> {
    let make: Box<dyn Fn(u32, Duration) -> Box<dyn Retry> + Send> = Box::new(make);
    grade(move || async move { check_retry(make).await.map_err(|e| format!("{e:#}")) })
}

/// How a retry policy of the family differs from the given `Backoff`.
#[derive(Clone, Copy, Debug)]
enum RetryVariant {
    /// Not at all.
    Given,
    /// Asked for 0 attempts (which `Retry` leaves open), it makes no call
    /// and returns `Unavailable { call: 0 }`; the given policy makes one.
    NoCallForZeroAttempts,
    /// This many calls more than `attempts` (fewer if negative, but at
    /// least one; `i32::MAX`: twice `attempts`).
    Calls(i32),
    /// The first wait is this change of `backoff`.
    FirstWait(Change),
    /// Each later wait is this change of the one before, not twice it.
    Growth(Change),
    /// The `n`th wait is `n * backoff`.
    Linear,
    /// Call `n + 1` is at `2^(n - 1) * backoff` after the first call.
    DoublesFromTheFirstCall,
    /// Waits `backoff` before the first call too.
    WaitsBeforeTheFirstCall,
    /// Waits once more after the last failed call, then returns.
    WaitsAfterTheLastCall,
    /// Returns the first call's error, not the last one's.
    ReturnsTheFirstError,
    /// Makes every call, waiting between them, whatever they return.
    KeepsCallingAfterASuccess,
}

struct FamilyPolicy {
    variant: RetryVariant,
    attempts: u32,
    backoff: Duration,
}

/// A retry policy of the family, for `attempts` and `backoff`.
fn policy(variant: RetryVariant, attempts: u32, backoff: Duration) -> Box<dyn Retry> {
    Box::new(FamilyPolicy { variant, attempts, backoff })
}

impl Retry for FamilyPolicy {
    fn run<'a>(&'a self, operation: &'a Flaky) -> BoxFuture<'a, Result<u32, Unavailable>> {
        Box::pin(async move {
            use RetryVariant::*;
            let variant = self.variant;
            if matches!(variant, NoCallForZeroAttempts) && self.attempts == 0 {
                return Err(Unavailable { call: 0 });
            }
            // The given policy makes one call even when asked for none.
            let attempts = self.attempts.max(1);
            let calls = match variant {
                Calls(i32::MAX) => attempts * 2,
                Calls(more) => (attempts as i64 + more as i64).max(1) as u32,
                _ => attempts,
            };
            let first_wait = match variant {
                FirstWait(change) => change.apply(self.backoff).unwrap_or_default(),
                _ => self.backoff,
            };
            let started = Instant::now();
            if matches!(variant, WaitsBeforeTheFirstCall) {
                sleep(first_wait).await;
            }
            let (mut wait, mut first_error, mut call) = (first_wait, None, 1);
            loop {
                let result = operation.call().await;
                let last = call == calls;
                match result {
                    Ok(_) if last || !matches!(variant, KeepsCallingAfterASuccess) => {
                        return result;
                    }
                    Ok(_) => {}
                    Err(error) => {
                        let first = *first_error.get_or_insert(error);
                        if last {
                            if matches!(variant, WaitsAfterTheLastCall) {
                                sleep(wait).await;
                            }
                            let returned =
                                if matches!(variant, ReturnsTheFirstError) { first } else { error };
                            return Err(returned);
                        }
                    }
                }
                match variant {
                    DoublesFromTheFirstCall => {
                        sleep_until(started + first_wait * 2u32.pow(call - 1)).await
                    }
                    _ => sleep(wait).await,
                }
                call += 1;
                wait = match variant {
                    Growth(change) => change.apply(wait).unwrap_or_default(),
                    Linear => first_wait * call,
                    _ => wait * 2,
                };
            }
        })
    }
}

// ---- the caches ----

/// Grades `check_cache` on the caches `make` makes.
fn cache_check(make: impl Fn(Duration) -> Box<dyn Cache> + Send + 'static) -> Run<Verdict> {
    let make: Box<dyn Fn(Duration) -> Box<dyn Cache> + Send> = Box::new(make);
    grade(move || async move { check_cache(make).await.map_err(|e| format!("{e:#}")) })
}

/// How a cache of the family differs from the given `TtlCache`.
#[derive(Clone, Copy, Debug)]
enum CacheVariant {
    /// Not at all.
    Given,
    /// An entry lives for this change of `ttl`.
    Lifetime(Change),
    /// A read starts the entry's ttl again.
    ReadsExtend,
    /// A read takes the entry out.
    ReadsRemove,
    /// Inserting a key again keeps its first expiry.
    ReinsertKeepsTheExpiry,
    /// Inserting a key again keeps its first value.
    ReinsertKeepsTheValue,
    /// When one entry expires, every entry goes.
    AllWithTheOldest,
    /// Empties itself at every multiple of `ttl` after it was made.
    ClearedEveryTtl,
    /// Every entry expires `ttl` after the latest insert of any key.
    OneClockForAll,
    /// Inserting a key drops every other key.
    OnlyTheLastKey,
}

struct FamilyCache {
    variant: CacheVariant,
    /// How long an entry lives; `None` for ever.
    lifetime: Option<Duration>,
    made: Instant,
    latest_insert: Instant,
    /// Each key's value and when it was inserted.
    entries: HashMap<String, (u32, Instant)>,
}

/// A cache of the family, for `ttl`.
fn cache(variant: CacheVariant, ttl: Duration) -> Box<dyn Cache> {
    let lifetime = match variant {
        CacheVariant::Lifetime(change) => change.apply(ttl),
        _ => Some(ttl),
    };
    let now = Instant::now();
    Box::new(FamilyCache {
        variant,
        lifetime,
        made: now,
        latest_insert: now,
        entries: HashMap::new(),
    })
}

impl FamilyCache {
    /// Whether an entry inserted at `inserted` is still there at `now`.
    fn alive(&self, inserted: Instant, now: Instant) -> bool {
        let Some(lifetime) = self.lifetime else { return true };
        match self.variant {
            CacheVariant::ClearedEveryTtl => {
                let period = |at: Instant| (at - self.made).as_nanos() / lifetime.as_nanos().max(1);
                period(inserted) == period(now)
            }
            CacheVariant::OneClockForAll => now < self.latest_insert + lifetime,
            _ => now < inserted + lifetime,
        }
    }
}

impl Cache for FamilyCache {
    fn insert(&mut self, key: &str, value: u32) {
        let now = Instant::now();
        self.latest_insert = now;
        if matches!(self.variant, CacheVariant::OnlyTheLastKey) {
            self.entries.retain(|other, _| other == key);
        }
        match (self.variant, self.entries.get_mut(key)) {
            (CacheVariant::ReinsertKeepsTheExpiry, Some(entry)) => entry.0 = value,
            (CacheVariant::ReinsertKeepsTheValue, Some(entry)) => entry.1 = now,
            _ => {
                self.entries.insert(key.to_string(), (value, now));
            }
        }
    }

    fn get(&mut self, key: &str) -> Option<u32> {
        let now = Instant::now();
        let (value, inserted) = *self.entries.get(key)?;
        let oldest_gone = self.entries.values().any(|&(_, at)| !self.alive(at, now));
        if matches!(self.variant, CacheVariant::AllWithTheOldest) && oldest_gone {
            self.entries.clear();
            return None;
        }
        if !self.alive(inserted, now) || matches!(self.variant, CacheVariant::ReadsRemove) {
            self.entries.remove(key);
            return self.alive(inserted, now).then_some(value);
        }
        if matches!(self.variant, CacheVariant::ReadsExtend) {
            self.entries.insert(key.to_string(), (value, now));
        }
        Some(value)
    }
}

// ---- the line handlers ----

/// Grades `check_line_handler` on the handlers `make` makes.
fn handler_check(make: impl Fn() -> Box<dyn LineHandler> + Send + 'static) -> Run<Verdict> {
    let make: Box<dyn Fn() -> Box<dyn LineHandler> + Send> = Box::new(make);
    grade(move || async move { check_line_handler(make).await.map_err(|e| format!("{e:#}")) })
}

/// How a line handler of the family differs from the given `Calculator`.
#[derive(Clone, Copy, Debug)]
enum HandlerVariant {
    /// Not at all.
    Given,
    /// Splits a request on single spaces, so that `ADD  2 40` (two spaces)
    /// is `ERR`: the protocol leaves other spacing open.
    SingleSpaces,
    /// Adds in `i128` and answers `ERR` to a sum an `i64` cannot hold (the
    /// given handler would overflow): the protocol leaves it open.
    WideNumbers,
    /// Writes the reply's text, lets other tasks run, then writes the
    /// newline.
    TwoPieces,
    /// Drops a last request that the client closed without a newline.
    CompleteLinesOnly,
    /// Writes its replies into a `BufWriter` and never flushes it.
    NeverFlushes,
    /// Reads every request until the client closes, then replies to all.
    RepliesAtTheEnd,
    /// Sends each reply when the next request arrives (the last at the close).
    OneReplyBehind,
    /// Waits this long before each reply.
    RepliesLate(Duration),
    /// Replies to the first request, then returns.
    OnlyTheFirst,
    /// Returns after its first `ERR`.
    StopsAfterAnError,
    /// Reads numbers as unsigned: `ADD -7 3` gets `ERR`.
    Unsigned,
    /// `ADD a b` gets `a * b`.
    Multiplies,
    /// Reads the command in any case: `ping` gets `PONG`.
    AnyCase,
    /// `ADD a b c` gets `a + b`.
    ExtraWords,
    /// An empty line gets no reply.
    SkipsEmptyLines,
    /// Takes what one read returns as one request, however many lines (or
    /// however little of one) it holds.
    ChunkIsALine,
    /// Returns an error when the client closes.
    FailsAtTheClose,
    /// Replies right, but never returns after the client closes.
    NeverReturns,
}

struct FamilyHandler(HandlerVariant);

/// A line handler of the family.
fn handler(variant: HandlerVariant) -> Box<dyn LineHandler> {
    Box::new(FamilyHandler(variant))
}

impl LineHandler for FamilyHandler {
    fn serve(&self, connection: DuplexStream) -> BoxFuture<'_, std::io::Result<()>> {
        let variant = self.0;
        Box::pin(async move {
            use HandlerVariant::*;
            let (mut reader, mut writer) = tokio::io::split(connection);
            if matches!(variant, ChunkIsALine) {
                let mut chunk = [0; 1024];
                loop {
                    let read = reader.read(&mut chunk).await?;
                    if read == 0 {
                        return Ok(());
                    }
                    let request = String::from_utf8_lossy(&chunk[..read]);
                    let reply = family_reply(variant, request.trim_end_matches('\n'));
                    writer.write_all(format!("{reply}\n").as_bytes()).await?;
                }
            }
            let mut lines = BufReader::new(reader);
            let (mut held, mut first) = (Vec::new(), true);
            loop {
                let mut line = String::new();
                if lines.read_line(&mut line).await? == 0 {
                    break;
                }
                let finished = line.ends_with('\n');
                let request = line.trim_end_matches('\n').trim_end_matches('\r');
                if (!finished && matches!(variant, CompleteLinesOnly))
                    || (request.is_empty() && matches!(variant, SkipsEmptyLines))
                {
                    continue;
                }
                let reply = family_reply(variant, request);
                match variant {
                    RepliesAtTheEnd => {
                        held.push(reply);
                        continue;
                    }
                    // The reply goes into a buffer that is never flushed.
                    NeverFlushes => {}
                    OneReplyBehind => {
                        if let Some(previous) = held.pop() {
                            writer.write_all(format!("{previous}\n").as_bytes()).await?;
                        }
                        held.push(reply.clone());
                    }
                    RepliesLate(delay) => {
                        sleep(delay).await;
                        writer.write_all(format!("{reply}\n").as_bytes()).await?;
                    }
                    TwoPieces => {
                        writer.write_all(reply.as_bytes()).await?;
                        tokio::task::yield_now().await;
                        writer.write_all(b"\n").await?;
                    }
                    _ => writer.write_all(format!("{reply}\n").as_bytes()).await?,
                }
                if (matches!(variant, OnlyTheFirst) && first)
                    || (matches!(variant, StopsAfterAnError) && reply == "ERR")
                {
                    return Ok(());
                }
                first = false;
            }
            for reply in held {
                // The client may be gone by now; what it missed is the bug.
                let _ = writer.write_all(format!("{reply}\n").as_bytes()).await;
            }
            match variant {
                NeverReturns => std::future::pending().await,
                FailsAtTheClose => Err(std::io::ErrorKind::UnexpectedEof.into()),
                _ => Ok(()),
            }
        })
    }
}

/// The reply to one request, as the handler `variant` gives it.
fn family_reply(variant: HandlerVariant, request: &str) -> String {
    use HandlerVariant::*;
    let request = if matches!(variant, AnyCase) { request.to_uppercase() } else { request.into() };
    let words: Vec<&str> = match variant {
        SingleSpaces => request.split(' ').collect(),
        _ => request.split_whitespace().collect(),
    };
    let numbers = match (variant, words.as_slice()) {
        (_, ["PING"]) => return "PONG".to_string(),
        (ExtraWords, ["ADD", a, b, ..]) | (_, ["ADD", a, b]) => (*a, *b),
        _ => return "ERR".to_string(),
    };
    let sum = match variant {
        Unsigned => numbers
            .0
            .parse::<u64>()
            .ok()
            .zip(numbers.1.parse::<u64>().ok())
            .map(|(a, b)| a as i128 + b as i128),
        _ => numbers.0.parse::<i64>().ok().zip(numbers.1.parse::<i64>().ok()).map(|(a, b)| {
            if matches!(variant, Multiplies) {
                a as i128 * b as i128
            } else {
                a as i128 + b as i128
            }
        }),
    };
    match sum {
        Some(sum) if matches!(variant, WideNumbers) && i64::try_from(sum).is_err() => "ERR".into(),
        Some(sum) => sum.to_string(),
        None => "ERR".to_string(),
    }
}
