// Alternative: two smaller sites, one to fill each limit, checked by a helper that reports every problem it sees.
// ANCHOR: check_limits
/// One site with a deep chain and a page linked from everywhere; the check
/// runs it twice, with the host limit below the total and above it.
pub async fn check_limits(
    crawl: impl AsyncFn(&FakeSite, &str, usize, usize) -> Summary,
) -> anyhow::Result<()> {
    for (total, per_host) in [(4, 1), (2, 3)] {
        let start = "http://x.test/";
        let pages = ["http://x.test/p", "http://x.test/q", "http://y.test/p", "http://y.test/q"];
        let shared = "http://z.test/shared";
        let deeper = "http://y.test/deeper";
        let site = FakeSite::new()
            .page(start, 1, &pages)
            .page(pages[0], 1, &[shared, deeper])
            .page(pages[1], 2, &[shared])
            .page(pages[2], 3, &[shared, start])
            .page(pages[3], 4, &[shared])
            .page(shared, 6, &[])
            .page(deeper, 1, &[]);
        let summary = crawl(&site, start, total, per_host).await;
        let mut problems = Vec::new();
        if summary.pages.len() != 7 {
            problems.push(format!("found {} pages, not 7", summary.pages.len()));
        }
        let requests = site.requests();
        let mut unique = requests.clone();
        unique.sort();
        unique.dedup();
        if unique.len() != requests.len() {
            problems.push("fetched a page twice".to_string());
        }
        let most = site.most_in_flight();
        if most < 2 || most > total {
            problems.push(format!("{most} requests at once with a total of {total}"));
        }
        for (host, most) in site.most_in_flight_per_host() {
            if most > per_host {
                problems.push(format!("{most} at once to {host}, over {per_host}"));
            }
        }
        anyhow::ensure!(problems.is_empty(), "with limits ({total}, {per_host}): {}", problems.join("; "));
    }
    Ok(())
}
// ANCHOR_END: check_limits
