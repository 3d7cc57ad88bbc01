//! Lesson 20, solved: capstone II, a polite link checker.

pub use given::lesson20::{
    BadStatus, CancellationToken, FakeSite, Fetch, Limits, Page, Permit, Policy, Summary, UNIT,
    host_of,
};

// ANCHOR: fetch_page
/// The time limit is on each try, so a retry gets a fresh one; the context
/// is added once, around everything, so it names the URL whatever failed.
pub async fn fetch_page(fetcher: &impl Fetch, url: &str, policy: &Policy) -> anyhow::Result<Page> {
    use anyhow::Context;
    async {
        let mut pause = policy.first_pause;
        let mut attempt = 1;
        loop {
            let page = tokio::time::timeout(policy.time_limit, fetcher.fetch(url)).await??;
            match page.status {
                // A server error may go away; anything else will not.
                500..=599 if attempt < policy.attempts => {
                    tokio::time::sleep(pause).await;
                    pause *= 2;
                    attempt += 1;
                }
                400..=599 => return Err(anyhow::Error::new(BadStatus(page.status))),
                _ => return Ok(page),
            }
        }
    }
    .await
    .with_context(|| format!("fetching {url}"))
}
// ANCHOR_END: fetch_page

// ANCHOR: acquire
/// The host's permit first: a request waiting for its host must not sit on
/// one of the total permits that a request to another host could use.
pub async fn acquire(limits: &Limits, url: &str) -> Permit {
    let host = {
        // A std lock, held for the lookup only, never across an `.await`.
        let mut hosts = limits.hosts.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let semaphore = hosts
            .entry(host_of(url))
            .or_insert_with(|| std::sync::Arc::new(tokio::sync::Semaphore::new(limits.per_host)));
        std::sync::Arc::clone(semaphore)
    };
    let host = host.acquire_owned().await.expect("the semaphores are never closed");
    let total = std::sync::Arc::clone(&limits.total).acquire_owned().await.expect("never closed");
    Permit { host, total }
}
// ANCHOR_END: acquire

// ANCHOR: crawl
/// The pages in flight are a `FuturesUnordered`: a stream of visits in the
/// order they end. A URL is marked as seen when it is discovered, not when
/// it is fetched, so two pages that link to it do not both queue it.
pub async fn crawl(
    fetcher: &impl Fetch,
    start: &str,
    limits: &Limits,
    policy: &Policy,
    stop: CancellationToken,
) -> Summary {
    use futures::StreamExt;
    use tracing::Instrument;
    let visit = |url: String| async move {
        let _permit = acquire(limits, &url).await;
        let span = tracing::info_span!("request", url = %url);
        let result = fetch_page(fetcher, &url, policy).instrument(span).await;
        (url, result)
    };
    let mut summary = Summary::default();
    let mut seen = std::collections::HashSet::from([start.to_string()]);
    let mut visits = futures::stream::FuturesUnordered::new();
    visits.push(visit(start.to_string()));
    loop {
        let (url, result) = tokio::select! {
            // Stopping wins over a page that ends at the same moment.
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
                    if seen.insert(link.clone()) {
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

// ANCHOR: check_limits
/// Two hosts of four pages each, all found at once from the start page:
/// enough to fill every limit. The two hosts differ only in their port,
/// which makes them two hosts to `host_of`, so a crawler that counts hosts
/// by name alone shows up too. Every page links back, and to one slow page
/// one level deeper, which is still in flight when the next links to it
/// arrive: a crawler that marks a page as seen only once it is fetched asks
/// for it again. The slow page links one level deeper still.
pub async fn check_limits(
    crawl: impl AsyncFn(&FakeSite, &str, usize, usize) -> Summary,
) -> anyhow::Result<()> {
    use std::collections::{BTreeSet, HashSet};
    let (total, per_host) = (3, 2);
    let leaves = [
        "http://a.test:8001/1",
        "http://a.test:8001/2",
        "http://a.test:8001/3",
        "http://a.test:8001/4",
        "http://a.test:8002/1",
        "http://a.test:8002/2",
        "http://a.test:8002/3",
        "http://a.test:8002/4",
    ];
    let (start, deep, deeper) =
        ("http://a.test:8001/", "http://a.test:8002/deep", "http://a.test:8001/deeper");
    let mut site =
        FakeSite::new().page(start, 1, &leaves).page(deep, 5, &[deeper]).page(deeper, 1, &[start]);
    for (units, leaf) in (2..).zip(leaves) {
        site = site.page(leaf, units, &[start, deep, "http://a.test:8001/1"]);
    }
    let summary = crawl(&site, start, total, per_host).await;

    let found: BTreeSet<&str> = summary.pages.keys().map(String::as_str).collect();
    let expected: BTreeSet<&str> = leaves.iter().copied().chain([start, deep, deeper]).collect();
    anyhow::ensure!(found == expected, "the crawl found {found:?}, not {expected:?}");
    let requests = site.requests();
    let once: HashSet<&String> = requests.iter().collect();
    anyhow::ensure!(once.len() == requests.len(), "a page was fetched twice: {requests:?}");
    let most = site.most_in_flight();
    anyhow::ensure!(most <= total, "{most} requests in flight at once, over the limit of {total}");
    for (host, most) in site.most_in_flight_per_host() {
        anyhow::ensure!(
            most <= per_host,
            "{most} requests to {host} at once, over the limit of {per_host} per host"
        );
    }
    anyhow::ensure!(most == total, "never more than {most} in flight, though {total} were allowed");
    Ok(())
}
// ANCHOR_END: check_limits
