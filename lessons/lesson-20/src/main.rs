//! Lesson 20: capstone II, a polite link checker.
//!
//! A link checker starts from one page, reads its links, fetches those, reads
//! theirs, and so on until no new page turns up; then it says which links
//! are broken. Like lesson 12's status checker it spends nearly all its time
//! waiting for servers, so it fetches many pages at once. Unlike it, it
//! does not know its URLs in advance: they arrive while it runs, as a stream,
//! and the same page is found again and again. And it has to be polite: a
//! few requests at a time in all, fewer to any one host, a time limit on
//! each request, a pause before trying a failing server again. Every
//! request runs in a tracing span with its URL, every error says which page
//! it was about, and Ctrl-C stops the crawl and still prints what it found.
//!
//! With no arguments the lesson starts a small site on loopback (two servers
//! on two ports of 127.0.0.1: two hosts, as far as the crawler can tell) and
//! crawls it. With a URL it crawls that site instead, following links on
//! the same host only, up to 50 pages:
//! `cargo run -p lesson-20 -- https://www.rust-lang.org/`.
//!
//! Real sockets answer in real time, so this lesson runs on the real clock
//! only; its numbers vary a little from run to run.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use futures::StreamExt;
use futures::stream::FuturesUnordered;
use given::lesson20::{
    BadStatus, Fetch, HttpFetch, Limits, LocalSite, Page, Permit, Policy, Summary, host_of,
};
use timeline::Recorder;
use timeline::lesson::{Clock, VIRTUAL_CLOCK_FLAG, secs, section, time_and_draw};
use tokio::sync::Semaphore;
use tokio::time::{Instant, sleep, timeout};
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

const TITLE: &str = "Lesson 20: capstone II, a polite link checker";

/// The most pages a crawl of a site from the command line fetches.
const MOST_PAGES: usize = 50;

/// Time limit, tries and first pause for a site from the command line:
/// servers far away need more time than the local one.
const WEB_POLICY: Policy = Policy {
    time_limit: Duration::from_secs(10),
    attempts: 3,
    first_pause: Duration::from_millis(500),
};

// ANCHOR: fetch_page
/// One page, politely: a time limit on each try, another try after a server
/// error (pausing 1, then 2 pauses' worth), and the URL as the context of
/// whatever went wrong.
async fn fetch_page(fetcher: &impl Fetch, url: &str, policy: &Policy) -> anyhow::Result<Page> {
    async {
        let mut pause = policy.first_pause;
        let mut attempt = 1;
        loop {
            // Python: async with asyncio.timeout(limit): ...
            let page = timeout(policy.time_limit, fetcher.fetch(url)).await??;
            match page.status {
                500..=599 if attempt < policy.attempts => {
                    sleep(pause).await;
                    pause *= 2;
                    attempt += 1;
                }
                400..=599 => return Err(anyhow::Error::new(BadStatus(page.status))),
                _ => return Ok(page),
            }
        }
    }
    .await
    // Python: raise ... from error
    .with_context(|| format!("fetching {url}"))
}
// ANCHOR_END: fetch_page

// ANCHOR: acquire
/// Leave to send one request: first a permit of the URL's host, then one of
/// the total, held together until the request is done.
async fn acquire(limits: &Limits, url: &str) -> Permit {
    let host = {
        let mut hosts = limits.hosts.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let semaphore =
            hosts.entry(host_of(url)).or_insert_with(|| Arc::new(Semaphore::new(limits.per_host)));
        Arc::clone(semaphore)
    };
    let host = host.acquire_owned().await.expect("the semaphores are never closed");
    let total = Arc::clone(&limits.total).acquire_owned().await.expect("never closed");
    Permit { host, total }
}
// ANCHOR_END: acquire

// ANCHOR: crawl
/// Every page reachable from `start` whose URL `follow` accepts, each once,
/// at most `most_pages` of them; stops at once, with what it found, when
/// `stop` is cancelled.
async fn crawl(
    fetcher: &impl Fetch,
    start: &str,
    (limits, policy): (&Limits, &Policy),
    follow: impl Fn(&str) -> bool,
    most_pages: usize,
    stop: CancellationToken,
) -> Summary {
    let visit = |url: String| async move {
        let _permit = acquire(limits, &url).await;
        let span = tracing::info_span!("request", url = %url);
        let result = fetch_page(fetcher, &url, policy).instrument(span).await;
        (url, result)
    };
    let mut summary = Summary::default();
    // Python: seen = {start}
    let mut seen = HashSet::from([start.to_string()]);
    // The pages in flight, a stream of visits in the order they end.
    let mut visits = FuturesUnordered::new();
    visits.push(visit(start.to_string()));
    loop {
        let (url, result) = tokio::select! {
            biased;
            () = stop.cancelled() => {
                summary.stopped = true;
                break;
            }
            next = visits.next() => match next {
                Some(visited) => visited,
                None => break,
            },
        };
        match result {
            Ok(page) => {
                for link in page.links {
                    if seen.len() < most_pages && follow(&link) && seen.insert(link.clone()) {
                        visits.push(visit(link));
                    }
                }
                summary.pages.insert(url, Ok(page.status));
            }
            Err(error) => {
                summary.pages.insert(url, Err(format!("{error:#}")));
            }
        }
    }
    summary
}
// ANCHOR_END: crawl

// ANCHOR: main
fn main() -> anyhow::Result<()> {
    let mut asked_for_virtual_clock = false;
    let mut start = None;
    for argument in std::env::args().skip(1) {
        if argument == VIRTUAL_CLOCK_FLAG {
            asked_for_virtual_clock = true;
        } else {
            start = Some(argument);
        }
    }
    Clock::Real.runtime()?.block_on(async {
        let recorder = Recorder::install();
        println!("{TITLE}");
        if asked_for_virtual_clock {
            println!("This lesson talks to real sockets and needs the real clock: {VIRTUAL_CLOCK_FLAG} is ignored.");
        }
        println!("Clock: real time (real sockets, so no virtual clock); the times vary a little.");
        // Ctrl-C cancels the token; the crawl sees it and returns what it has.
        let stop = CancellationToken::new();
        let on_ctrl_c = stop.clone();
        tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                on_ctrl_c.cancel();
            }
        });
        match start {
            None => lesson(recorder, stop).await,
            Some(start) => crawl_the_web(&start, stop).await,
        }
    })
}
// ANCHOR_END: main

async fn lesson(recorder: Recorder, stop: CancellationToken) -> anyhow::Result<()> {
    let site = LocalSite::start();
    let fetcher = HttpFetch::new();
    let start = site.start_page();
    let policy = Policy::LOCAL;
    println!(
        "The local site: {} and {}; a time limit of {} per try, {} tries for a server error, \
         pauses from {}.",
        site.one(),
        site.two(),
        secs(policy.time_limit),
        policy.attempts,
        secs(policy.first_pause)
    );

    section(1, "Crawling the local site: at most 6 requests in flight, 2 per host");
    let limits = Limits::new(6, 2);
    let everything = |_: &str| true;
    let (summary, took) = time_and_draw(
        &recorder,
        crawl(&fetcher, &start, (&limits, &policy), everything, usize::MAX, stop.clone()),
    )
    .await;
    println!("\n{summary}");
    if summary.stopped {
        println!("stopped by Ctrl-C after {}: the requests in flight were dropped", secs(took));
        return Ok(());
    }
    println!(
        "crawled in {}: about the silent page's time limit ({}), the rest beside it",
        secs(took),
        secs(policy.time_limit)
    );
    println!(
        "{} requests for {} pages (/flaky twice, /broken three times); at most {:?} at once per host",
        site.requests(),
        summary.pages.len(),
        site.most_in_flight_per_host()
    );

    section(2, "The same site, one request per host");
    let site = LocalSite::start();
    let start = site.start_page();
    let limits = Limits::new(6, 1);
    let started = Instant::now();
    let polite =
        crawl(&fetcher, &start, (&limits, &policy), everything, usize::MAX, stop.clone()).await;
    println!(
        "{} pages in {}; at most {:?} at once per host: the slow page and the retries now wait \
         their turn",
        polite.pages.len(),
        secs(started.elapsed()),
        site.most_in_flight_per_host()
    );
    if polite.stopped {
        return Ok(());
    }

    section(3, "Ctrl-C after 0.1 s: stop at once, keep what was found");
    let site = LocalSite::start();
    let start = site.start_page();
    let limits = Limits::new(6, 2);
    let ctrl_c = CancellationToken::new();
    let started = Instant::now();
    let (summary, ()) = tokio::join!(
        crawl(&fetcher, &start, (&limits, &policy), everything, usize::MAX, ctrl_c.clone()),
        async {
            sleep(Duration::from_millis(100)).await;
            // What the Ctrl-C handler in `main` does.
            ctrl_c.cancel();
        }
    );
    println!("{summary}");
    println!(
        "returned {} after the start; the requests still in flight were dropped",
        secs(started.elapsed())
    );
    Ok(())
}

/// Crawls a site from the command line: links on the start page's host only,
/// at most [`MOST_PAGES`] pages.
async fn crawl_the_web(start: &str, stop: CancellationToken) -> anyhow::Result<()> {
    let host = host_of(start);
    section(
        1,
        &format!(
            "Crawling {host} from {start}: at most {MOST_PAGES} pages, 8 at once, 2 at a time to a host"
        ),
    );
    println!("Press Ctrl-C to stop early: the summary still comes.\n");
    let limits = Limits::new(8, 2);
    let same_host = |url: &str| host_of(url) == host;
    let started = Instant::now();
    let summary =
        crawl(&HttpFetch::new(), start, (&limits, &WEB_POLICY), same_host, MOST_PAGES, stop).await;
    println!("{summary}");
    println!("in {}", secs(started.elapsed()));
    Ok(())
}
