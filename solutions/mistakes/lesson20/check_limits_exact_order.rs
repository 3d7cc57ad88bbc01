// Mistake: expects the requests in one exact order, which is how one correct crawler happens to run, not what the limits require, so a correct crawler that follows links in another order is rejected.
// Expect: both must pass
// ANCHOR: check_limits
/// Compares the requests with the order one crawler made them in.
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
    let _ = crawl(&site, start, total, per_host).await;
    let mut expected = vec![start];
    expected.extend(leaves);
    expected.push(deep);
    anyhow::ensure!(site.requests() == expected, "the requests were {:?}", site.requests());
    Ok(())
}
// ANCHOR_END: check_limits
