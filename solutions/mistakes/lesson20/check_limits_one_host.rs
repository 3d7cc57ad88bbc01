// Mistake: crawls a site of one host with the same limit for the host and the total, so the two limits cannot be told apart and a crawler without a per-host limit passes.
// Expect: limits only the total
// ANCHOR: check_limits
/// One host, and a total equal to the per-host limit.
pub async fn check_limits(
    crawl: impl AsyncFn(&FakeSite, &str, usize, usize) -> Summary,
) -> anyhow::Result<()> {
    use std::collections::HashSet;
    let (total, per_host) = (2, 2);
    let start = "http://a.test/";
    let leaves = ["http://a.test/1", "http://a.test/2", "http://a.test/3", "http://a.test/deep"];
    let site = FakeSite::new()
        .page(start, 1, &leaves[..3])
        .page(leaves[0], 2, &[start, leaves[3]])
        .page(leaves[1], 3, &[leaves[3]])
        .page(leaves[2], 4, &[leaves[3]])
        .page(leaves[3], 5, &[]);
    let summary = crawl(&site, start, total, per_host).await;
    anyhow::ensure!(summary.pages.len() == leaves.len() + 1, "the crawl missed pages");
    let requests = site.requests();
    let once: HashSet<&String> = requests.iter().collect();
    anyhow::ensure!(once.len() == requests.len(), "a page was fetched twice");
    let most = site.most_in_flight();
    anyhow::ensure!(most == total, "{most} requests in flight at once, not {total}");
    anyhow::ensure!(site.most_in_flight_to("a.test") <= per_host, "over the limit per host");
    Ok(())
}
// ANCHOR_END: check_limits
