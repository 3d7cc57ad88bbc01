// Mistake: spreads its pages over three hosts, so that three hosts with one request each fill the total of 3, and checks only that the total is reached: a crawler that lets one request fewer than `per_host` go to each host passes.
// Expect: check_limits passed a crawler that allows one request fewer than per_host to a host
// ANCHOR: check_limits
/// Three hosts of three pages each, all found at once, and a slow page
/// linked from all of them that links one level deeper.
pub async fn check_limits(
    crawl: impl AsyncFn(&FakeSite, &str, usize, usize) -> Summary,
) -> anyhow::Result<()> {
    use std::collections::{BTreeSet, HashSet};
    let (total, per_host) = (3, 2);
    let leaves = [
        "http://a.test:8001/1",
        "http://a.test:8001/2",
        "http://a.test:8001/3",
        "http://a.test:8002/1",
        "http://a.test:8002/2",
        "http://a.test:8002/3",
        "http://a.test:8003/1",
        "http://a.test:8003/2",
        "http://a.test:8003/3",
    ];
    let (start, deep, deeper) =
        ("http://a.test:8001/", "http://a.test:8002/deep", "http://a.test:8003/deeper");
    let mut site =
        FakeSite::new().page(start, 1, &leaves).page(deep, 5, &[deeper]).page(deeper, 1, &[start]);
    for (units, leaf) in (2..).zip(leaves) {
        site = site.page(leaf, units, &[start, deep]);
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
        anyhow::ensure!(most <= per_host, "{most} requests to {host} at once, over {per_host}");
    }
    anyhow::ensure!(most == total, "never more than {most} in flight, though {total} were allowed");
    Ok(())
}
// ANCHOR_END: check_limits
