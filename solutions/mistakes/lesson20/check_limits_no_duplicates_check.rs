// Mistake: checks the pages found and both limits but never counts the requests, so a crawler that asks for a page twice passes.
// Expect: asks again for a page still in flight
// ANCHOR: check_limits
/// Checks the pages found and both limits.
pub async fn check_limits(
    crawl: impl AsyncFn(&FakeSite, &str, usize, usize) -> Summary,
) -> anyhow::Result<()> {
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
    let most = site.most_in_flight();
    anyhow::ensure!(most == total, "{most} requests in flight at once, not {total}");
    for (host, most) in site.most_in_flight_per_host() {
        anyhow::ensure!(most <= per_host, "{most} requests to {host} at once");
    }
    Ok(())
}
// ANCHOR_END: check_limits
