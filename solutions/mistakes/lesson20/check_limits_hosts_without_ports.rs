// Mistake: puts its two hosts on two host names with no port, as most sites are; a crawler that counts hosts by name alone keeps the same limits on them, and passes, though on two ports of one machine it takes them for one host.
// Expect: check_limits passed a crawler that counts the hosts by name, without the port
// ANCHOR: check_limits
/// Two hosts of four pages each, a slow page linked from all of them, and one deeper.
pub async fn check_limits(
    crawl: impl AsyncFn(&FakeSite, &str, usize, usize) -> Summary,
) -> anyhow::Result<()> {
    use std::collections::{BTreeSet, HashSet};
    let (total, per_host) = (3, 2);
    let leaves = [
        "http://a.test/1",
        "http://a.test/2",
        "http://a.test/3",
        "http://a.test/4",
        "http://b.test/1",
        "http://b.test/2",
        "http://b.test/3",
        "http://b.test/4",
    ];
    let (start, deep, deeper) = ("http://a.test/", "http://b.test/deep", "http://a.test/deeper");
    let mut site =
        FakeSite::new().page(start, 1, &leaves).page(deep, 5, &[deeper]).page(deeper, 1, &[start]);
    for (units, leaf) in (2..).zip(leaves) {
        site = site.page(leaf, units, &[start, deep, "http://a.test/1"]);
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
