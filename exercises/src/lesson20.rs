//! Lesson 20: capstone II, a polite link checker.
//!
//! Grade with `cargo test lesson20`. Most tests crawl a [`FakeSite`] on the
//! paused clock, so every limit, time limit and pause is checked to the
//! virtual second; the last ones crawl a real site on loopback
//! (`LocalSite`) on the real clock, with ranges.

// The helpers these exercises use; read them in `lessons/given/src/lesson20.rs`.
pub use given::lesson20::{
    BadStatus, CancellationToken, FakeSite, Fetch, Limits, Page, Permit, Policy, Summary, UNIT,
    host_of,
};

// ANCHOR: fetch_page
/// Fetch one page with `fetcher`, politely and with a time limit: each try
/// may take at most `policy.time_limit`. A status from 200 to 399 gives the
/// page. A server error (500 to 599) may go away: try again, up to
/// `policy.attempts` tries in all (0 counts as 1), pausing
/// `policy.first_pause` before the second try and twice the previous pause
/// before each later one. Any other failure is final at once: a client
/// error (400 to 499) is a [`BadStatus`], and so is the last server error;
/// no answer within the time limit is the timeout's own error; an error of
/// the fetcher is passed on. Every error gets one context, exactly
/// `fetching <url>`, so that `format!("{error:#}")` reads
/// `fetching http://one.test/old: status 404`.
///
/// asyncio: `async with asyncio.timeout(limit): r = await session.get(url)`
/// inside `for attempt in range(attempts)`, and
/// `raise FetchError(f"fetching {url}") from error`.
pub async fn fetch_page(fetcher: &impl Fetch, url: &str, policy: &Policy) -> anyhow::Result<Page> {
    todo!()
}
// ANCHOR_END: fetch_page

// ANCHOR: acquire
/// Wait for leave to send a request to `url`: a permit of its host's
/// semaphore (at most `limits.per_host` requests to one host, by
/// [`host_of`]) and a permit of `limits.total`. Make a host's semaphore the
/// first time the host is asked for, and keep it in `limits.hosts` for
/// every later request to that host. The request may go on while the
/// returned [`Permit`] is alive. While a request waits for its host, it must
/// not keep a request to another host from starting.
///
/// asyncio: a `defaultdict(lambda: asyncio.Semaphore(per_host))` of
/// semaphores by host beside one `asyncio.Semaphore(total)`, and
/// `async with host_sem, total_sem:`.
pub async fn acquire(limits: &Limits, url: &str) -> Permit {
    todo!()
}
// ANCHOR_END: acquire

// ANCHOR: crawl
/// Crawl every page reachable from `start`: fetch it with [`fetch_page`],
/// then every page it links to, and theirs, each page once, many at the
/// same time but each request only with a permit from [`acquire`] held
/// while it runs. Run each request in a tracing span named `request` with
/// the field `url` (`tracing::info_span!("request", url = %url)`). Return a
/// [`Summary`] of every page fetched: `Ok(status)`, or the error as
/// `format!("{error:#}")`. When `stop` is cancelled (Ctrl-C), return at
/// once with what was found so far and `stopped: true`; requests still in
/// flight are dropped (one that ends at the very instant of the stop may be
/// in the summary or not: either is right).
///
/// asyncio: a set of seen URLs, `asyncio.as_completed` (or a queue and
/// workers) over the pages in flight, adding a task for each new link, and
/// `except asyncio.CancelledError:` that still returns the summary.
pub async fn crawl(
    fetcher: &impl Fetch,
    start: &str,
    limits: &Limits,
    policy: &Policy,
    stop: CancellationToken,
) -> Summary {
    todo!()
}
// ANCHOR_END: crawl

// ANCHOR: check_limits
/// Write the test: check that a crawler keeps its limits. `crawl(site,
/// start, total, per_host)` crawls a [`FakeSite`] of your making from
/// `start`, at most `total` requests in flight and at most `per_host` to
/// one host, and returns its [`Summary`]. Return `Ok(())` when it behaves
/// and an error saying what went wrong when it does not: it must find every
/// page, fetch none twice, never go over either limit, and still run as
/// many requests at once as the limits allow. The site's log tells you what
/// it saw (`requests`, `most_in_flight`, `most_in_flight_per_host`).
///
/// The grader's wrong crawlers are wrong in the ways crawlers usually are: a
/// limit off by one or not kept at all, a host counted by its name without
/// its port, a page fetched twice, pages missed a few links from the start.
///
/// asyncio: a `pytest` test with a fake session, passed the crawler to test.
pub async fn check_limits(
    crawl: impl AsyncFn(&FakeSite, &str, usize, usize) -> Summary,
) -> anyhow::Result<()> {
    todo!()
}
// ANCHOR_END: check_limits
