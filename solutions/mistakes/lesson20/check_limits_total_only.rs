// Mistake: checks the total in flight but not each host, so a crawler without a per-host limit passes.
// Expect: limits only the total
// ANCHOR: check_limits
/// Checks the pages found, duplicates, and the total in flight.
pub async fn check_limits(
    crawl: impl AsyncFn(&FakeSite, &str, usize, usize) -> Summary,
) -> anyhow::Result<()> {
    use std::collections::HashSet;
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
    let (start, deep) = ("http://a.test/", "http://b.test/deep");
    let mut site = FakeSite::new().page(start, 1, &leaves).page(deep, 5, &[]);
    for (units, leaf) in (2..).zip(leaves) {
        site = site.page(leaf, units, &[start, deep, "http://a.test/1"]);
    }
    let summary = crawl(&site, start, total, per_host).await;
    anyhow::ensure!(summary.pages.len() == leaves.len() + 2, "the crawl missed pages");
    let requests = site.requests();
    let once: HashSet<&String> = requests.iter().collect();
    anyhow::ensure!(once.len() == requests.len(), "a page was fetched twice");
    let most = site.most_in_flight();
    anyhow::ensure!(most == total, "{most} requests in flight at once, not {total}");
    Ok(())
}
// ANCHOR_END: check_limits
