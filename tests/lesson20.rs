//! Lesson 20: capstone II, a polite link checker.
//!
//! Most tests crawl a `FakeSite` on the paused clock: every page takes the
//! whole number of units it is given (one unit is one virtual second), so
//! limits, time limits and pauses are checked exactly. The site keeps a log
//! of what it was asked and how many requests it had at once. The last
//! tests crawl a real site on loopback (`LocalSite`: two servers on two
//! ports) on the real clock, with ranges, like lesson 12.
//!
//! `check_limits` is a test you write: these tests hand it crawlers of
//! their own, one that behaves and several that do not, and check its
//! verdict on each.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::StreamExt;
use futures::stream::FuturesUnordered;
use given::lesson20::{HttpFetch, LocalSite};
use timeline::grade::{Grader, grade, timed};
use tokio::sync::Semaphore;
use tokio::time::{Instant, sleep};

use crate::exercise::{
    BadStatus, CancellationToken, FakeSite, Fetch, Limits, Page, Policy, Summary, UNIT, acquire,
    check_limits, crawl, fetch_page, host_of,
};

const ONE: &str = "http://one.test";
const TWO: &str = "http://two.test";

/// `http://one.test` + `/a`.
fn url(host: &str, path: &str) -> String {
    format!("{host}{path}")
}

fn page(url: &str, status: u16, links: &[&str]) -> Page {
    Page {
        url: url.to_string(),
        status,
        links: links.iter().map(|link| link.to_string()).collect(),
    }
}

/// What an error looks like on one line, with its causes: `{:#}`.
fn chain(result: &anyhow::Result<Page>) -> Option<String> {
    result.as_ref().err().map(|error| format!("{error:#}"))
}

// ---------------------------------------------------------------------------
// fetch_page

#[test]
fn fetch_page_gives_the_page_that_answers() {
    let a = url(ONE, "/a");
    let site = Arc::new(FakeSite::new().page(&a, 2, &["http://two.test/b"]));
    let (asked, fake) = (a.clone(), Arc::clone(&site));
    let run = grade(move || async move {
        fetch_page(&*fake, &asked, &Policy::GRADED).await.map_err(|error| format!("{error:#}"))
    });

    run.assert_value(Ok(page(&a, 200, &["http://two.test/b"])), "the page, as the fetcher gave it");
    run.assert_eq(site.requests_to(&a), 1, "how many requests the page got");
    run.assert_took(2);
}

#[test]
fn fetch_page_tries_again_after_server_errors_with_a_time_limit_per_try() {
    let a = url(ONE, "/a");
    // Each try takes 4 units: all three take 12, more than one time limit
    // (10 units), but every try is well within its own.
    let site = Arc::new(FakeSite::new().flaky(&a, 4, 2, &["http://one.test/"]));
    let (asked, fake) = (a.clone(), Arc::clone(&site));
    let run = grade(move || async move {
        fetch_page(&*fake, &asked, &Policy::GRADED).await.map_err(|error| format!("{error:#}"))
    });

    run.assert_value(
        Ok(page(&a, 200, &["http://one.test/"])),
        "the page: 503, 503, then 200 on the third try (a server error may go away)",
    );
    run.assert_eq(site.requests_to(&a), 3, "how many requests: two failures and a success");
    // 4 + pause 1 + 4 + pause 2 + 4.
    run.assert_took(15);
}

#[test]
fn fetch_page_gives_up_after_the_last_server_error() {
    let (a, b, c) = (url(ONE, "/a"), url(ONE, "/b"), url(TWO, "/c"));
    let site = Arc::new(FakeSite::new().status(&a, 1, 500).status(&b, 1, 503).status(&c, 1, 502));
    let (asked, fake) = ([a.clone(), b.clone(), c.clone()], Arc::clone(&site));
    let run = grade(move || async move {
        let three = timed(fetch_page(&*fake, &asked[0], &Policy::GRADED)).await;
        let none = fetch_page(&*fake, &asked[1], &Policy { attempts: 0, ..Policy::GRADED }).await;
        let one = fetch_page(&*fake, &asked[2], &Policy { attempts: 1, ..Policy::GRADED }).await;
        let status =
            three.0.as_ref().err().and_then(|error| error.downcast_ref::<BadStatus>().copied());
        ((chain(&three.0), three.1), status, chain(&none), chain(&one))
    });

    let ((three, took), status, none, one) = &run.value;
    run.assert_eq(
        three.clone(),
        Some(format!("fetching {a}: status 500")),
        "the error after three server errors: the last status, with the URL as context",
    );
    run.assert_eq(*status, Some(BadStatus(500)), "the error's BadStatus, found with downcast_ref");
    run.assert_eq(site.requests_to(&a), 3, "how many requests with 3 attempts");
    run.assert_eq(
        *took,
        UNIT * 6,
        "how long three tries of 1 unit took, with pauses of 1 and 2 units between them and none \
         after the last",
    );
    run.assert_eq(
        (none.clone(), one.clone()),
        (Some(format!("fetching {b}: status 503")), Some(format!("fetching {c}: status 502"))),
        "the errors with attempts 0 and 1",
    );
    run.assert_eq(
        (site.requests_to(&b), site.requests_to(&c)),
        (1, 1),
        "how many requests with attempts 0 and with attempts 1: at least one try, and no more",
    );
}

#[test]
fn fetch_page_asks_once_when_the_answer_is_final() {
    let (gone, bad, moved) = (url(ONE, "/old"), url(ONE, "/bad"), url(TWO, "/moved"));
    let site =
        Arc::new(FakeSite::new().status(&gone, 1, 404).status(&bad, 1, 400).status(&moved, 1, 301));
    let (asked, fake) = ([gone.clone(), bad.clone(), moved.clone()], Arc::clone(&site));
    let run = grade(move || async move {
        let gone = fetch_page(&*fake, &asked[0], &Policy::GRADED).await;
        let status =
            gone.as_ref().err().and_then(|error| error.downcast_ref::<BadStatus>().copied());
        let bad = fetch_page(&*fake, &asked[1], &Policy::GRADED).await;
        let moved = fetch_page(&*fake, &asked[2], &Policy::GRADED).await;
        (chain(&gone), status, chain(&bad), moved.map_err(|error| format!("{error:#}")))
    });

    let (gone_error, status, bad_error, moved_page) = &run.value;
    run.assert_eq(
        gone_error.clone(),
        Some(format!("fetching {gone}: status 404")),
        "a missing page is an error with its status and the URL as context",
    );
    run.assert_eq(*status, Some(BadStatus(404)), "the error's BadStatus, found with downcast_ref");
    run.assert_eq(bad_error.clone(), Some(format!("fetching {bad}: status 400")), "a 400");
    run.assert_eq(
        moved_page.clone(),
        Ok(page(&moved, 301, &[])),
        "a 301 is an answer, not an error",
    );
    for url in [&gone, &bad, &moved] {
        run.assert_eq(
            site.requests_to(url),
            1,
            &format!("how many requests {url} got: a client error will not change on another try"),
        );
    }
    run.assert_took(3);
}

#[test]
fn fetch_page_gives_up_on_a_silent_page_after_the_time_limit() {
    let never = url(ONE, "/never");
    let site = Arc::new(FakeSite::new().silent(&never));
    let (asked, fake) = (never.clone(), Arc::clone(&site));
    let run = grade(move || async move {
        let result = fetch_page(&*fake, &asked, &Policy::GRADED).await;
        let timed_out = result.as_ref().err().is_some_and(|error| {
            error.root_cause().downcast_ref::<tokio::time::error::Elapsed>().is_some()
        });
        (chain(&result), timed_out)
    });

    run.assert_value(
        (Some(format!("fetching {never}: deadline has elapsed")), true),
        "the timeout's own error (its root cause is tokio's Elapsed), with the URL as context",
    );
    run.assert_eq(site.requests_to(&never), 1, "how many requests: no answer is not retried");
    run.assert_took(10);
}

#[test]
fn fetch_page_passes_the_fetchers_error_on_with_context() {
    let refused = url(TWO, "/");
    let site = Arc::new(FakeSite::new().refused(&refused));
    let (asked, fake) = (refused.clone(), Arc::clone(&site));
    let run =
        grade(move || async move { chain(&fetch_page(&*fake, &asked, &Policy::GRADED).await) });

    run.assert_value(
        Some(format!("fetching {refused}: connection refused")),
        "the fetcher's error, kept as the cause, under the context `fetching <url>`",
    );
    run.assert_eq(
        site.requests_to(&refused),
        1,
        "how many requests: only server errors are retried",
    );
    run.assert_took(0);
}

// ---------------------------------------------------------------------------
// acquire

/// Each job waits for its permit with [`acquire`], then holds it for its
/// units; all jobs start at once. Gives `(url, start, end)` of each job's
/// work, in seconds.
async fn hold_all(limits: Limits, jobs: Vec<(String, u32)>) -> Vec<(String, u64, u64)> {
    let started = Instant::now();
    let limits = &limits;
    futures::future::join_all(jobs.into_iter().map(|(url, units)| async move {
        let _permit = acquire(limits, &url).await;
        let start = started.elapsed().as_secs();
        sleep(UNIT * units).await;
        (url, start, started.elapsed().as_secs())
    }))
    .await
}

fn job(host: &str, path: &str, units: u32) -> (String, u32) {
    (url(host, path), units)
}

fn ran(host: &str, path: &str, start: u64, end: u64) -> (String, u64, u64) {
    (url(host, path), start, end)
}

#[test]
fn acquire_keeps_at_most_per_host_requests_to_each_host() {
    let jobs = vec![
        job(ONE, "/1", 1),
        job(ONE, "/2", 1),
        job(ONE, "/3", 1),
        job(TWO, "/1", 1),
        job(ONE, "/4", 1),
        job(ONE, "/5", 1),
        job(TWO, "/2", 1),
    ];
    let run = grade(move || hold_all(Limits::new(10, 2), jobs));

    run.assert_value(
        vec![
            ran(ONE, "/1", 0, 1),
            ran(ONE, "/2", 0, 1),
            ran(ONE, "/3", 1, 2),
            ran(TWO, "/1", 0, 1),
            ran(ONE, "/4", 1, 2),
            ran(ONE, "/5", 2, 3),
            ran(TWO, "/2", 0, 1),
        ],
        "(url, start, end) of each job: at most 2 at once to one.test, in the order asked, \
         while two.test has its own 2",
    );
}

#[test]
fn acquire_keeps_at_most_total_requests_in_all() {
    let jobs = vec![
        job(ONE, "/", 1),
        job(TWO, "/", 1),
        job("http://three.test", "/", 1),
        job("http://four.test", "/", 1),
    ];
    let run = grade(move || hold_all(Limits::new(2, 5), jobs));

    run.assert_value(
        vec![
            ran(ONE, "/", 0, 1),
            ran(TWO, "/", 0, 1),
            ran("http://three.test", "/", 1, 2),
            ran("http://four.test", "/", 1, 2),
        ],
        "(url, start, end) of each job: four hosts, but at most 2 requests in all",
    );
}

#[test]
fn acquire_lets_another_host_go_while_one_host_is_busy() {
    let jobs = vec![job(ONE, "/slow", 4), job(ONE, "/next", 1), job(TWO, "/", 1)];
    let run = grade(move || hold_all(Limits::new(2, 1), jobs));

    run.assert_value(
        vec![ran(ONE, "/slow", 0, 4), ran(ONE, "/next", 4, 5), ran(TWO, "/", 0, 1)],
        "(url, start, end) of each job: one.test/next waits for its host, and must not hold one \
         of the 2 total permits while it waits, so two.test starts at once",
    );
}

#[test]
fn acquire_keeps_one_semaphore_per_host() {
    let run = grade(move || async move {
        let limits = Limits::new(4, 1);
        for path in ["/a", "/b", "/c"] {
            drop(acquire(&limits, &url(ONE, path)).await);
        }
        drop(acquire(&limits, &url(TWO, "/a")).await);
        let hosts = limits.hosts.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut names: Vec<String> = hosts.keys().cloned().collect();
        names.sort();
        (names, limits.total.available_permits())
    });

    run.assert_value(
        (vec![host_of(ONE), host_of(TWO)], 4),
        "the hosts in limits.hosts after four requests to two hosts (one semaphore each, kept \
         for later requests), and the total permits free once every permit was dropped",
    );
}

// ---------------------------------------------------------------------------
// crawl

/// Two hosts; a missing page, a silent one, a slow one and one that fails
/// once; pages that link back to pages already found or still in flight.
fn two_hosts() -> FakeSite {
    FakeSite::new()
        .page(
            "http://one.test/",
            1,
            &["http://one.test/a", "http://one.test/b", "http://two.test/", "http://one.test/old"],
        )
        .page(
            "http://one.test/a",
            2,
            &["http://one.test/", "http://two.test/x", "http://one.test/b"],
        )
        .page("http://one.test/b", 1, &["http://one.test/never", "http://one.test/a"])
        .status("http://one.test/old", 1, 404)
        .silent("http://one.test/never")
        .page(
            "http://two.test/",
            1,
            &["http://two.test/x", "http://two.test/flaky", "http://one.test/"],
        )
        .page("http://two.test/x", 3, &["http://one.test/a", "http://two.test/"])
        .flaky("http://two.test/flaky", 1, 1, &["http://two.test/y"])
        .page("http://two.test/y", 1, &[])
}

fn summary(pages: &[(&str, Result<u16, &str>)], stopped: bool) -> Summary {
    let pages = pages.iter().map(|(url, result)| (url.to_string(), result.map_err(str::to_string)));
    Summary { pages: pages.collect::<BTreeMap<_, _>>(), stopped }
}

/// Crawls `site` from `start` with these limits, stopped after `stop_after`
/// (if any), the way Ctrl-C would.
async fn crawl_site(
    site: Arc<FakeSite>,
    start: &str,
    (total, per_host): (usize, usize),
    stop_after: Option<Duration>,
) -> Summary {
    let limits = Limits::new(total, per_host);
    let stop = CancellationToken::new();
    let ctrl_c = async {
        if let Some(after) = stop_after {
            sleep(after).await;
            stop.cancel();
        }
    };
    let (summary, ()) =
        tokio::join!(crawl(&*site, start, &limits, &Policy::GRADED, stop.clone()), ctrl_c);
    summary
}

#[test]
fn crawl_finds_every_page_once_and_sums_them_up() {
    let site = Arc::new(two_hosts());
    let fake = Arc::clone(&site);
    let run = grade(move || crawl_site(fake, "http://one.test/", (10, 10), None));

    run.assert_value(
        summary(
            &[
                ("http://one.test/", Ok(200)),
                ("http://one.test/a", Ok(200)),
                ("http://one.test/b", Ok(200)),
                ("http://one.test/old", Err("fetching http://one.test/old: status 404")),
                (
                    "http://one.test/never",
                    Err("fetching http://one.test/never: deadline has elapsed"),
                ),
                ("http://two.test/", Ok(200)),
                ("http://two.test/x", Ok(200)),
                ("http://two.test/flaky", Ok(200)),
                ("http://two.test/y", Ok(200)),
            ],
            false,
        ),
        "every page reachable from the start, with its status or its error",
    );
    run.assert_eq(
        site.requests().len(),
        10,
        &format!(
            "how many requests the site got: one per page, and one more for the page that failed \
             once; it got {:?}",
            site.requests()
        ),
    );
    run.assert_eq(
        site.requests_to("http://two.test/x"),
        1,
        "requests to two.test/x, found twice while in flight",
    );
    // one.test/never is found at 2 and times out 10 units later; everything
    // else is done by then.
    run.assert_took(12);
}

#[test]
fn crawl_runs_pages_at_the_same_time_within_the_limits() {
    let site = Arc::new(two_hosts());
    let fake = Arc::clone(&site);
    let run = grade(move || crawl_site(fake, "http://one.test/", (3, 2), None));

    run.assert_eq(run.value.pages.len(), 9, "how many pages the crawl found");
    run.assert_eq(
        site.most_in_flight(),
        3,
        "the most requests in flight at once, with a total of 3",
    );
    run.assert_eq(
        site.most_in_flight_per_host().into_values().collect::<Vec<_>>(),
        vec![2, 2],
        "the most requests in flight at once to one.test and to two.test, with 2 per host: the \
         permit must be held while the request runs",
    );
}

#[test]
fn crawl_keeps_one_request_per_host_when_told() {
    let site = Arc::new(two_hosts());
    let fake = Arc::clone(&site);
    let run = grade(move || crawl_site(fake, "http://one.test/", (10, 1), None));

    run.assert_eq(run.value.pages.len(), 9, "how many pages the crawl found");
    run.assert_eq(
        site.most_in_flight_per_host().into_values().collect::<Vec<_>>(),
        vec![1, 1],
        "the most requests in flight at once to one.test and to two.test, with 1 per host",
    );
    run.assert_eq(site.most_in_flight(), 2, "the most requests in flight at once: one per host");
}

#[test]
fn crawl_runs_each_request_in_a_span_with_its_url() {
    let run = grade(move || crawl_site(Arc::new(two_hosts()), "http://one.test/", (10, 10), None));

    for url in run.value.pages.keys() {
        let label = format!("request{{url={url}}}");
        run.assert_that(
            run.timeline.span(&label).is_some(),
            &format!(
                "a span `{label}` for the request to {url}: info_span!(\"request\", url = %url)"
            ),
        );
    }
    let span = run.timeline.span("request{url=http://one.test/a}");
    run.assert_eq(
        span.map(|span| (span.start, span.end)),
        Some((UNIT, UNIT * 3)),
        "when the span of one.test/a opened and closed: around its request, from 1 to 3",
    );
}

#[test]
fn crawl_stops_at_once_when_told_and_keeps_what_it_found() {
    let run = grade(move || {
        crawl_site(Arc::new(two_hosts()), "http://one.test/", (10, 10), Some(UNIT * 4))
    });

    run.assert_value(
        summary(
            &[
                ("http://one.test/", Ok(200)),
                ("http://one.test/a", Ok(200)),
                ("http://one.test/b", Ok(200)),
                ("http://one.test/old", Err("fetching http://one.test/old: status 404")),
                ("http://two.test/", Ok(200)),
            ],
            true,
        ),
        "stopped after 4 units: the pages done by then, and `stopped: true`",
    );
    run.assert_took(4);
}

#[test]
fn crawl_reports_a_start_page_that_fails() {
    let site = Arc::new(FakeSite::new().status("http://one.test/", 2, 410).page(
        "http://one.test/a",
        1,
        &[],
    ));
    let run = grade(move || crawl_site(site, "http://one.test/", (2, 1), None));

    run.assert_value(
        summary(&[("http://one.test/", Err("fetching http://one.test/: status 410"))], false),
        "the start page's error, and nothing else to crawl",
    );
    run.assert_took(2);
}

/// Real sockets need real time: a paused clock would fire every time limit
/// at once.
fn real_clock() -> Grader {
    Grader::new().real_clock()
}

/// Crawls a [`LocalSite`] over HTTP with [`Policy::LOCAL`].
async fn crawl_local(start: String, total: usize, per_host: usize) -> (Summary, Duration) {
    let limits = Limits::new(total, per_host);
    let fetcher = HttpFetch::new();
    timed(crawl(&fetcher, &start, &limits, &Policy::LOCAL, CancellationToken::new())).await
}

#[test]
fn crawl_checks_a_real_site_on_loopback() {
    let site = LocalSite::start();
    let start = site.start_page();
    let run = real_clock().run(move || crawl_local(start, 6, 3));

    let (summary, took) = &run.value;
    run.assert_eq(
        summary.clone(),
        site.expected_summary(),
        "what the crawl found on the local site",
    );
    run.assert_eq(
        site.requests(),
        15,
        "how many requests: one per page, 1 more for /flaky, 2 more for /broken",
    );
    run.assert_that(
        *took >= Policy::LOCAL.time_limit && *took < Duration::from_millis(650),
        &format!(
            "the crawl should take about the silent page's time limit (300 ms), the slow page \
             (200 ms) and the retries (50 and 100 ms) going on beside it: one after another \
             they take 700 ms. It took {took:.2?}"
        ),
    );
    run.assert_that(
        site.most_in_flight_per_host().iter().all(|most| *most <= 3) && site.most_in_flight() <= 6,
        &format!(
            "at most 3 requests to a host and 6 in all; the site saw {:?} per host",
            site.most_in_flight_per_host()
        ),
    );
}

#[test]
fn crawl_keeps_one_request_per_host_on_a_real_site() {
    let site = LocalSite::start();
    let start = site.start_page();
    let run = real_clock().run(move || crawl_local(start, 4, 1));

    run.assert_eq(
        run.value.0.clone(),
        site.expected_summary(),
        "what the crawl found on the local site",
    );
    run.assert_eq(
        site.most_in_flight_per_host(),
        [1, 1],
        "the most requests each server worked on at once, with 1 per host",
    );
}

// ---------------------------------------------------------------------------
// check_limits

#[test]
fn check_limits_passes_a_crawler_that_keeps_its_limits() {
    let run = grade(|| async {
        let first = check_limits(crawler(Bug::None)).await.map_err(|error| format!("{error:#}"));
        let second =
            check_limits(crawler(Bug::LinksReversed)).await.map_err(|error| format!("{error:#}"));
        (first, second)
    });

    run.assert_value(
        (Ok(()), Ok(())),
        "check_limits's verdict on two correct crawlers (the second follows each page's links \
         from last to first): both must pass",
    );
}

/// [`check_limits`] returns an error for the crawler with `bug`, which
/// `crawler_that` describes.
#[track_caller]
fn assert_caught(bug: Bug, crawler_that: &str) {
    let run = grade(move || async move { check_limits(crawler(bug)).await.is_err() });
    run.assert_that(
        run.value,
        &format!(
            "check_limits passed a crawler that {crawler_that}: it returned Ok(()), so this bug \
             goes unnoticed"
        ),
    );
}

#[test]
fn check_limits_catches_a_crawler_without_a_limit_per_host() {
    assert_caught(
        Bug::NoHostLimit,
        "limits only the total: it sent more than per_host requests to one host at once",
    );
}

#[test]
fn check_limits_catches_a_crawler_without_a_total_limit() {
    assert_caught(Bug::NoTotalLimit, "limits each host but not the total");
}

#[test]
fn check_limits_catches_a_crawler_that_drops_its_permits_at_once() {
    assert_caught(Bug::PermitDropped, "drops its permits before the request");
}

#[test]
fn check_limits_catches_a_crawler_that_fetches_a_page_twice() {
    assert_caught(
        Bug::SeenWhenFetched,
        "marks a page as seen only once it is fetched, and asks again for a page still in flight",
    );
}

#[test]
fn check_limits_catches_a_crawler_that_runs_one_request_at_a_time() {
    assert_caught(Bug::OneAtATime, "never has more than one request in flight");
}

#[test]
fn check_limits_catches_a_crawler_that_misses_pages() {
    assert_caught(
        Bug::StartPageOnly,
        "follows the start page's links only, not those of the pages it finds",
    );
}

/// What is wrong with a crawler handed to [`check_limits`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bug {
    None,
    LinksReversed,
    NoHostLimit,
    NoTotalLimit,
    PermitDropped,
    SeenWhenFetched,
    OneAtATime,
    StartPageOnly,
}

/// A crawler of the tests' own, with `bug`, in the shape `check_limits` takes.
fn crawler(bug: Bug) -> impl AsyncFn(&FakeSite, &str, usize, usize) -> Summary {
    async move |site: &FakeSite, start: &str, total: usize, per_host: usize| {
        crawl_with(bug, site, start, total, per_host).await
    }
}

async fn crawl_with(
    bug: Bug,
    site: &FakeSite,
    start: &str,
    total: usize,
    per_host: usize,
) -> Summary {
    const NO_LIMIT: usize = 1_000;
    let total = match bug {
        Bug::NoTotalLimit => NO_LIMIT,
        Bug::OneAtATime => 1,
        _ => total,
    };
    let per_host = if bug == Bug::NoHostLimit { NO_LIMIT } else { per_host };
    let total = Arc::new(Semaphore::new(total));
    let hosts: Mutex<BTreeMap<String, Arc<Semaphore>>> = Mutex::new(BTreeMap::new());
    let hosts = &hosts;
    let total = &total;
    let visit = |url: String, depth: usize| async move {
        let host = {
            let mut hosts = hosts.lock().expect("not poisoned");
            Arc::clone(
                hosts.entry(host_of(&url)).or_insert_with(|| Arc::new(Semaphore::new(per_host))),
            )
        };
        let permits = (host.acquire_owned().await, Arc::clone(total).acquire_owned().await);
        if bug == Bug::PermitDropped {
            drop(permits);
            let result = site.fetch(&url).await;
            return (url, depth, result);
        }
        let result = site.fetch(&url).await;
        drop(permits);
        (url, depth, result)
    };
    let mut summary = Summary::default();
    let mut seen = std::collections::HashSet::from([start.to_string()]);
    let mut visits = FuturesUnordered::new();
    visits.push(visit(start.to_string(), 0));
    while let Some((url, depth, result)) = visits.next().await {
        if bug == Bug::SeenWhenFetched {
            seen.insert(url.clone());
        }
        let Ok(page) = result else { continue };
        summary.pages.insert(url, Ok(page.status));
        if bug == Bug::StartPageOnly && depth > 0 {
            continue;
        }
        let mut links = page.links;
        if bug == Bug::LinksReversed {
            links.reverse();
        }
        for link in links {
            let new = if bug == Bug::SeenWhenFetched {
                !seen.contains(&link) && !summary.pages.contains_key(&link)
            } else {
                seen.insert(link.clone())
            };
            if new {
                visits.push(visit(link, depth + 1));
            }
        }
    }
    summary
}
