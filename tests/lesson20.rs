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
use timeline::grade::{Gen, Grader, Run, grade, scenarios, timed};
use tokio::sync::Semaphore;
use tokio::time::{Instant, sleep};

use crate::exercise::{
    BadStatus, CancellationToken, FakeSite, Fetch, Limits, Page, Permit, Policy, Summary, UNIT,
    acquire, check_limits, crawl, fetch_page, host_of,
};
use crate::reference;

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

/// What the test reads from a fetch that timed out.
#[derive(Debug, PartialEq)]
struct TimedOut {
    /// The error's whole chain, on one line.
    error: Option<String>,
    /// Whether the error's root cause is tokio's `Elapsed`.
    root_cause_is_elapsed: bool,
}

#[test]
fn fetch_page_gives_up_on_a_silent_page_after_the_time_limit() {
    let never = url(ONE, "/never");
    let site = Arc::new(FakeSite::new().silent(&never));
    let (asked, fake) = (never.clone(), Arc::clone(&site));
    let run = grade(move || async move {
        let result = fetch_page(&*fake, &asked, &Policy::GRADED).await;
        let root_cause_is_elapsed = result.as_ref().err().is_some_and(|error| {
            error.root_cause().downcast_ref::<tokio::time::error::Elapsed>().is_some()
        });
        TimedOut { error: chain(&result), root_cause_is_elapsed }
    });

    run.assert_value(
        TimedOut {
            error: Some(format!("fetching {never}: deadline has elapsed")),
            root_cause_is_elapsed: true,
        },
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
        let first = check_limits(crawler(Given)).await.map_err(|error| format!("{error:#}"));
        let second =
            check_limits(crawler(LinksReversed)).await.map_err(|error| format!("{error:#}"));
        (first, second)
    });

    run.assert_value(
        (Ok(()), Ok(())),
        "check_limits's verdict on two correct crawlers (the second follows each page's links \
         from last to first): both must pass",
    );
}

#[test]
fn check_limits_catches_a_crawler_without_a_limit_per_host() {
    assert_caught(
        PerHost(NO_LIMIT),
        "limits only the total: it sent more than per_host requests to one host at once",
    );
}

#[test]
fn check_limits_catches_a_crawler_without_a_total_limit() {
    assert_caught(Total(NO_LIMIT), "limits each host but not the total");
}

#[test]
fn check_limits_catches_a_crawler_that_drops_its_permits_at_once() {
    assert_caught(PermitsDropped, "drops its permits before the request");
}

#[test]
fn check_limits_catches_a_crawler_that_fetches_a_page_twice() {
    assert_caught(
        SeenWhenFetched,
        "marks a page as seen only once it is fetched, and asks again for a page still in flight",
    );
}

#[test]
fn check_limits_catches_a_crawler_that_runs_one_request_at_a_time() {
    assert_caught(OneAtATime, "never has more than one request in flight");
}

#[test]
fn check_limits_catches_a_crawler_that_misses_pages() {
    assert_caught(
        LinksFollowed(1),
        "follows the start page's links only, not those of the pages it finds",
    );
}

#[test]
fn check_limits_tells_right_crawlers_from_wrong_ones() {
    let runs: Vec<(&Member, Run<Result<(), String>>)> = CRAWLERS
        .iter()
        .map(|member| {
            let variant = member.variant;
            let check = move || async move {
                check_limits(crawler(variant)).await.map_err(|error| format!("{error:#}"))
            };
            (member, grade(check))
        })
        .collect();
    let mut misjudged = runs.iter().filter(|(member, run)| run.value.is_ok() != member.right);
    let Some((first, run)) = misjudged.next() else { return };
    let mut also = String::new();
    for (member, _) in misjudged {
        let verb = if member.right { "rejected a correct" } else { "passed a" };
        also.push_str(&format!("\n  {verb} crawler that {}", member.what));
    }
    if !also.is_empty() {
        also = format!(
            "\n\nOf the {} crawlers this test tries, check_limits also{also}",
            CRAWLERS.len()
        );
    }
    let verdict = match &run.value {
        Err(error) => format!(
            "check_limits rejected a correct crawler that {}: \"{error}\". It must pass it \
             (`Ok(())`)",
            first.what
        ),
        Ok(()) => format!(
            "check_limits passed a crawler that {}: it returned Ok(()), so this bug goes unnoticed",
            first.what
        ),
    };
    run.assert_that(false, &format!("{verdict}{also}"));
}

/// [`check_limits`] returns an error for the crawler `variant`, which
/// `crawler_that` describes.
#[track_caller]
fn assert_caught(variant: Crawler, crawler_that: &str) {
    let run = grade(move || async move { check_limits(crawler(variant)).await.is_err() });
    run.assert_that(
        run.value,
        &format!(
            "check_limits passed a crawler that {crawler_that}: it returned Ok(()), so this bug \
             goes unnoticed"
        ),
    );
}

/// One crawler of the family: whether `check_limits` must pass it, what it
/// does (to follow "a crawler that"), and how it differs from a correct one.
struct Member {
    right: bool,
    what: &'static str,
    variant: Crawler,
}

/// A crawler `check_limits` must pass.
const fn right(what: &'static str, variant: Crawler) -> Member {
    Member { right: true, what, variant }
}

/// A crawler `check_limits` must catch.
const fn wrong(what: &'static str, variant: Crawler) -> Member {
    Member { right: false, what, variant }
}

/// Every crawler the family test hands `check_limits`, one a line: each
/// limit off by one and off a lot, each rule broken on its own, and correct
/// crawlers that take the pages in another order.
const CRAWLERS: &[Member] = &[
    right("keeps its limits", Given),
    right("follows each page's links from last to first", LinksReversed),
    right("follows each page's first link last", LinksRotated),
    wrong("allows one request fewer than the total", Total(-1)),
    wrong("allows one request more than the total", Total(1)),
    wrong("limits each host but not the total", Total(NO_LIMIT)),
    wrong("allows one request fewer than per_host to a host", PerHost(-1)),
    wrong("allows one request more than per_host to a host", PerHost(1)),
    wrong("limits only the total, not each host", PerHost(NO_LIMIT)),
    wrong("takes per_host for the total and the total for per_host", LimitsSwapped),
    wrong("never has more than one request in flight", OneAtATime),
    wrong("drops its permits before the request", PermitsDropped),
    wrong("drops the host's permit before the request, and keeps the total's", HostPermitDropped),
    wrong("counts the hosts by name, without the port", HostWithoutPort),
    wrong("marks a page as seen only once it is fetched", SeenWhenFetched),
    wrong("never marks the start page as seen, and fetches it again", StartNotSeen),
    wrong("follows the start page's links only", LinksFollowed(1)),
    wrong("follows links two pages deep, no further", LinksFollowed(2)),
    wrong("follows links to the start page's host only", OneHostOnly),
];

/// A limit that does not limit.
const NO_LIMIT: i32 = 1_000;

/// How a crawler handed to [`check_limits`] differs from a correct one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Crawler {
    /// Not at all.
    Given,
    /// Follows each page's links from last to first.
    LinksReversed,
    /// Follows each page's first link after the others.
    LinksRotated,
    /// This many requests in flight more than the total (fewer if negative,
    /// but at least one; [`NO_LIMIT`]: no total).
    Total(i32),
    /// This many requests to a host more than `per_host` (fewer if negative,
    /// but at least one; [`NO_LIMIT`]: no limit per host).
    PerHost(i32),
    /// Takes the two limits the wrong way round.
    LimitsSwapped,
    /// One request in flight at a time.
    OneAtATime,
    /// Drops both permits before the request.
    PermitsDropped,
    /// Drops the host's permit before the request.
    HostPermitDropped,
    /// Counts requests per host name, so that two ports of one host share
    /// one limit.
    HostWithoutPort,
    /// Marks a page as seen when it is fetched, not when it is found.
    SeenWhenFetched,
    /// Starts with nothing seen, so a link back to the start fetches it
    /// again.
    StartNotSeen,
    /// Follows links only on pages fewer than this many links from the start.
    LinksFollowed(usize),
    /// Follows links only to the start page's host.
    OneHostOnly,
}
use Crawler::*;

/// A crawler of the tests' own, in the shape `check_limits` takes.
fn crawler(variant: Crawler) -> impl AsyncFn(&FakeSite, &str, usize, usize) -> Summary {
    async move |site: &FakeSite, start: &str, total: usize, per_host: usize| {
        crawl_with(variant, site, start, total, per_host).await
    }
}

/// `limit`, changed by `more` (at least 1).
fn changed(limit: usize, more: i32) -> usize {
    (limit as i64 + more as i64).max(1) as usize
}

/// Crawls `site` from `start` as the crawler `variant` does.
async fn crawl_with(
    variant: Crawler,
    site: &FakeSite,
    start: &str,
    total: usize,
    per_host: usize,
) -> Summary {
    let (total, per_host) = match variant {
        Total(more) => (changed(total, more), per_host),
        PerHost(more) => (total, changed(per_host, more)),
        LimitsSwapped => (per_host, total),
        OneAtATime => (1, per_host),
        _ => (total, per_host),
    };
    let total = Arc::new(Semaphore::new(total));
    let hosts: Mutex<BTreeMap<String, Arc<Semaphore>>> = Mutex::new(BTreeMap::new());
    let (hosts, total) = (&hosts, &total);
    let visit = |url: String, depth: usize| async move {
        let mut host = host_of(&url);
        if variant == HostWithoutPort {
            host = host.rsplit_once(':').map_or(host.clone(), |(name, _)| name.to_string());
        }
        let host = {
            let mut hosts = hosts.lock().expect("not poisoned");
            Arc::clone(hosts.entry(host).or_insert_with(|| Arc::new(Semaphore::new(per_host))))
        };
        let (host, total) = (host.acquire_owned().await, Arc::clone(total).acquire_owned().await);
        match variant {
            PermitsDropped => drop((host, total)),
            HostPermitDropped => drop(host),
            _ => {}
        }
        let result = site.fetch(&url).await;
        (url, depth, result)
    };
    let mut summary = Summary::default();
    let mut seen = std::collections::HashSet::new();
    if variant != StartNotSeen {
        seen.insert(start.to_string());
    }
    let mut visits = FuturesUnordered::new();
    visits.push(visit(start.to_string(), 0));
    while let Some((url, depth, result)) = visits.next().await {
        if variant == SeenWhenFetched {
            seen.insert(url.clone());
        }
        let Ok(page) = result else { continue };
        summary.pages.insert(url, Ok(page.status));
        if matches!(variant, LinksFollowed(most) if depth >= most) {
            continue;
        }
        let mut links = page.links;
        match variant {
            LinksReversed => links.reverse(),
            LinksRotated if !links.is_empty() => links.rotate_left(1),
            OneHostOnly => links.retain(|link| host_of(link) == host_of(start)),
            _ => {}
        }
        for link in links {
            let new = if variant == SeenWhenFetched {
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

// ---------------------------------------------------------------------------
// Scenario tests: fetch_page, acquire and crawl on generated inputs, compared
// with the reference solution. The named tests above take whole units and
// three tries; these take time limits and pauses between whole units and
// exactly on a try's end, up to six tries, every status from 200 to 599 and
// a page whose answers change from try to try, hosts with ports, limits
// that bind, and a crawl stopped at any moment.

#[test]
fn fetch_page_matches_the_reference_on_generated_pages() {
    // A quarter of the scenarios end a try exactly at its time limit, where a
    // `select!` between the two without `biased;` picks at random: `repeat`
    // runs each twice.
    scenarios().count(60).repeat(2).compare(
        generated_fetch,
        |fetch| async move { fetched(fetch_page(&fetch.site(), fetch.url, &fetch.policy).await) },
        |fetch| async move {
            fetched(reference::fetch_page(&fetch.site(), fetch.url, &fetch.policy).await)
        },
    );
}

#[test]
fn acquire_matches_the_reference_on_generated_requests() {
    scenarios().count(60).compare(
        generated_requests,
        |requests| hold_requests(requests, acquire),
        |requests| hold_requests(requests, reference::acquire),
    );
}

#[test]
fn crawl_matches_the_reference_on_generated_sites() {
    scenarios().count(30).compare(
        |g| generated_site(g, false),
        |site| crawl_generated(site, crawl),
        |site| crawl_generated(site, reference::crawl),
    );
}

#[test]
fn crawl_keeps_binding_limits_like_the_reference_on_generated_sites() {
    scenarios().count(60).compare_by(
        |g| generated_site(g, true),
        |site| crawl_generated(site, crawl),
        |site| crawl_generated(site, reference::crawl),
        requests_seen,
    );
}

/// A URL on one of the hosts the generated scenarios use: a name, a name
/// with a port (another host, by `host_of`), the name with port 80 (the
/// same host, since `http` goes to 80 anyway), an address with a port.
const URLS: [&str; 9] = [
    "http://one.test/",
    "http://one.test/a",
    "http://one.test:8080/",
    "http://one.test:8080/b",
    "http://one.test:80/c",
    "http://127.0.0.1:8081/",
    "http://127.0.0.1:8081/d",
    "http://two.test/",
    "http://two.test/e",
];

/// How a generated page answers.
#[derive(Clone, Debug)]
enum Answers {
    /// These statuses in turn (the last again once they run out), each after
    /// `units`; an answer below 400 with these links.
    InTurn { units: u32, statuses: Vec<u16>, links: Vec<&'static str> },
    /// Never.
    Silent,
    /// With an error at once.
    Refused,
}

impl Answers {
    /// `site` with `url` answering so.
    fn add_to(&self, site: FakeSite, url: &str) -> FakeSite {
        match self {
            Answers::InTurn { units, statuses, links } => {
                site.answers(url, *units, statuses, links)
            }
            Answers::Silent => site.silent(url),
            Answers::Refused => site.refused(url),
        }
    }
}

/// A status: half the time a server error (often 500, 503 or 599, the
/// ends of the range), otherwise mostly one at the edge of a range that
/// decides something (a page, a client error such as 429, a server error),
/// sometimes any from 200 to 599.
fn generated_status(g: &mut Gen) -> u16 {
    match g.below(10) {
        0..=2 => g.pick(&[500, 503, 599]),
        3..=4 => g.between(500, 599) as u16,
        5..=8 => g.pick(&[200, 299, 301, 399, 400, 404, 429, 499, 500, 599]),
        _ => g.between(200, 599) as u16,
    }
}

/// How a page answers: mostly statuses in turn, server errors often (so that
/// retries go on), sometimes never or with an error; its links from `links`.
fn generated_answers(g: &mut Gen, links: &[&'static str]) -> Answers {
    match g.below(10) {
        0 => Answers::Silent,
        1 => Answers::Refused,
        _ => {
            let units = g.between(0, 3) as u32;
            let count = g.count_from(1);
            let statuses = g.items(count, generated_status);
            let count = g.count().min(4);
            Answers::InTurn { units, statuses, links: g.items(count, |g| g.pick(links)) }
        }
    }
}

/// One page to fetch, and how hard to try for it.
#[derive(Clone, Debug)]
struct OnePage {
    url: &'static str,
    answers: Answers,
    policy: Policy,
}

impl OnePage {
    /// The site with the one page; any other URL answers 404.
    fn site(&self) -> FakeSite {
        self.answers.add_to(FakeSite::new(), self.url)
    }
}

/// A page, and a policy of up to 6 tries whose time limit is often exactly
/// a try's length, or a millisecond off it, and whose pauses fall between
/// whole units.
fn generated_fetch(g: &mut Gen) -> OnePage {
    let url = g.pick(&URLS);
    let answers = generated_answers(g, &URLS);
    let units = match &answers {
        Answers::InTurn { units, .. } => *units,
        _ => g.between(0, 3) as u32,
    };
    let try_time = UNIT * units;
    let time_limit = match g.below(4) {
        0 => try_time,
        1 => try_time.saturating_sub(Duration::from_millis(1)),
        2 => try_time + Duration::from_millis(1),
        _ => g.duration(UNIT / 2, UNIT * 5, UNIT),
    };
    let policy = Policy {
        time_limit: time_limit.max(Duration::from_millis(1)),
        attempts: g.between(0, 6) as u32,
        first_pause: g.duration(Duration::ZERO, UNIT * 3, UNIT),
    };
    OnePage { url, answers, policy }
}

/// What a fetch gave, as the scenario tests compare it: the page, or how it
/// failed.
type Fetched = Result<Page, Failure>;

/// How a fetch failed.
#[derive(Debug)]
#[allow(dead_code, reason = "read through Debug, in a failing test's report")]
struct Failure {
    /// The error's chain on one line, `{:#}`.
    error: String,
    /// Its `BadStatus`, if it has one (`downcast_ref`).
    status: Option<BadStatus>,
    /// Whether its root cause is tokio's `Elapsed`.
    timed_out: bool,
}

/// What the scenario tests compare of a fetch's result.
fn fetched(result: anyhow::Result<Page>) -> Fetched {
    result.map_err(|error| Failure {
        error: format!("{error:#}"),
        status: error.downcast_ref::<BadStatus>().copied(),
        timed_out: error.root_cause().downcast_ref::<tokio::time::error::Elapsed>().is_some(),
    })
}

/// Requests that each ask for leave at some instant and hold it a while,
/// under limits that bind.
#[derive(Clone, Debug)]
struct Requests {
    total: usize,
    per_host: usize,
    /// Each request: its URL, when it asks, and how long it holds its permit.
    requests: Vec<(&'static str, Duration, Duration)>,
}

/// Up to 8 requests to hosts with and without ports, asking at instants that
/// tie or fall between whole units, under a total of 1 to 4 and 1 to 3 per
/// host.
fn generated_requests(g: &mut Gen) -> Requests {
    let count = g.count();
    let requests = g.items(count, |g| {
        let url = g.pick(&URLS);
        (url, g.duration(Duration::ZERO, UNIT * 2, UNIT), g.duration(UNIT / 4, UNIT * 3, UNIT))
    });
    Requests { total: g.between(1, 4) as usize, per_host: g.between(1, 3) as usize, requests }
}

/// When each request got its permit and let it go (it shows on the
/// timeline as `<url> #<n>`), the hosts kept in `limits.hosts` in the end,
/// and the total permits free then.
type Held = (Vec<(Duration, Duration)>, Vec<String>, usize);

/// Runs every request of `requests` at once, each asking `acquire` for
/// leave at its instant and holding the permit for its time.
async fn hold_requests(requests: Requests, acquire: impl AsyncFn(&Limits, &str) -> Permit) -> Held {
    let started = Instant::now();
    let limits = Limits::new(requests.total, requests.per_host);
    let (limits, acquire) = (&limits, &acquire);
    let held = futures::future::join_all(requests.requests.iter().enumerate().map(
        |(n, &(url, asks_at, holds_for))| async move {
            sleep(asks_at).await;
            let _permit = acquire(limits, url).await;
            let got = started.elapsed();
            timeline::traced(&format!("{url} #{n}"), sleep(holds_for)).await;
            (got, started.elapsed())
        },
    ))
    .await;
    let mut hosts: Vec<String> = limits
        .hosts
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .keys()
        .cloned()
        .collect();
    hosts.sort();
    (held, hosts, limits.total.available_permits())
}

/// A site to crawl, and how.
#[derive(Clone, Debug)]
struct Site {
    /// Each page and how it answers; the first is the start page.
    pages: Vec<(&'static str, Answers)>,
    /// The total, and per host.
    limits: (usize, usize),
    policy: Policy,
    /// When Ctrl-C stops the crawl, if it does.
    stop_after: Option<Duration>,
}

/// 1 to 8 pages on hosts with and without ports, linking to each other, to
/// themselves and to pages the site does not have; a policy in whole units
/// (up to 4 tries), so that every request ends on a whole unit. With
/// `binding`, limits of 1 to 3 in all and 1 to 2 per host and no stop;
/// without, limits that never bind and, half the time, a stop half a unit
/// after a whole one, so that it never ties with a request's end (which of
/// the two comes first at one instant is left open).
fn generated_site(g: &mut Gen, binding: bool) -> Site {
    let mut urls = URLS.to_vec();
    for place in (1..urls.len()).rev() {
        urls.swap(place, g.below(place as u64 + 1) as usize);
    }
    let count = g.count_from(1).min(urls.len());
    let links: Vec<&'static str> = urls.iter().copied().chain(["http://two.test/gone"]).collect();
    let pages = urls[..count].iter().map(|url| (*url, generated_answers(g, &links))).collect();
    let policy = Policy {
        time_limit: UNIT * g.between(1, 5) as u32,
        attempts: g.between(1, 4) as u32,
        first_pause: UNIT * g.between(0, 2) as u32,
    };
    let (limits, stop_after) = if binding {
        ((g.between(1, 3) as usize, g.between(1, 2) as usize), None)
    } else {
        let stop = g.chance(50).then(|| UNIT * g.between(0, 12) as u32 + UNIT / 2);
        ((100, 100), stop)
    };
    Site { pages, limits, policy, stop_after }
}

/// What a crawl of a generated site gave: its summary, every request the
/// site got (sorted: their order is the crawler's choice when limits bind),
/// and whether the site saw the limits kept.
type Crawled = (Summary, Vec<String>, bool);

/// Crawls `site` with `crawl`, stopped as the scenario says.
async fn crawl_generated(
    site: Site,
    crawl: impl AsyncFn(&FakeSite, &str, &Limits, &Policy, CancellationToken) -> Summary,
) -> Crawled {
    let fake =
        site.pages.iter().fold(FakeSite::new(), |fake, (url, answers)| answers.add_to(fake, url));
    let (total, per_host) = site.limits;
    let limits = Limits::new(total, per_host);
    let stop = CancellationToken::new();
    let ctrl_c = async {
        if let Some(after) = site.stop_after {
            sleep(after).await;
            stop.cancel();
        }
    };
    let start = site.pages[0].0;
    let (summary, ()) =
        tokio::join!(crawl(&fake, start, &limits, &site.policy, stop.clone()), ctrl_c);
    let mut requests = fake.requests();
    requests.sort();
    let kept = fake.most_in_flight() <= total
        && fake.most_in_flight_per_host().values().all(|most| *most <= per_host);
    (summary, requests, kept)
}

/// What a crawl under binding limits fixes, whatever order the crawler
/// takes the pages in: what it returned, and for each URL the length of its
/// `request` span and when each of its `GET`s ran, measured from the span's
/// start (the request runs once it has its permit, and only then).
fn requests_seen(run: &Run<Crawled>) -> (Crawled, BTreeMap<String, Vec<RequestShape>>) {
    let spans = run.timeline.spans();
    let mut shapes: BTreeMap<String, Vec<RequestShape>> = BTreeMap::new();
    for request in spans {
        let Some(url) =
            request.label.strip_prefix("request{url=").and_then(|l| l.strip_suffix('}'))
        else {
            continue;
        };
        let gets = spans
            .iter()
            .filter(|get| get.label == format!("GET {url}"))
            .filter(|get| get.start >= request.start && get.end <= request.end)
            .map(|get| (get.start - request.start, get.end - get.start))
            .collect();
        shapes.entry(url.to_string()).or_default().push((request.end - request.start, gets));
    }
    (run.value.clone(), shapes)
}

/// A request span's length, and each `GET` in it: when it started, measured
/// from the span's start, and how long it ran.
type RequestShape = (Duration, Vec<(Duration, Duration)>);
