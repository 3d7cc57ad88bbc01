// Mistake: runs the crawler and only checks that it found something, never how it ran: a test that accepts every crawler.
// Expect: check_limits passed a crawler
// ANCHOR: check_limits
/// Runs the crawl and looks at the summary only.
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
    anyhow::ensure!(!summary.pages.is_empty(), "the crawl found nothing");
    Ok(())
}
// ANCHOR_END: check_limits
