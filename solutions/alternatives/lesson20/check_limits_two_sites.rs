// Alternative: one site crawled twice, once with the host limit binding and once with the total binding, checked by a helper that reports every problem it sees.
// ANCHOR: check_limits
/// Four hosts on one name (four ports), three slow pages on the first: with
/// one request per host the total of 4 needs every host, and with 2 per
/// host the first host must reach its 2. Every page links back to the start
/// and to a slow shared page, which leads two levels deeper.
pub async fn check_limits(
    crawl: impl AsyncFn(&FakeSite, &str, usize, usize) -> Summary,
) -> anyhow::Result<()> {
    for (total, per_host) in [(4, 1), (3, 2)] {
        let start = "http://x.test:81/";
        let pages = [
            "http://x.test:81/p",
            "http://x.test:81/q",
            "http://x.test:81/r",
            "http://x.test:82/p",
            "http://x.test:83/p",
            "http://x.test:84/p",
        ];
        let (shared, deeper) = ("http://x.test:82/shared", "http://x.test:83/deeper");
        let mut site = FakeSite::new()
            .page(start, 1, &pages)
            .page(shared, 6, &[deeper])
            .page(deeper, 1, &[start]);
        for (page, units) in pages.into_iter().zip([5, 5, 5, 1, 1, 1]) {
            site = site.page(page, units, &[start, shared]);
        }
        let summary = crawl(&site, start, total, per_host).await;
        let mut problems = Vec::new();
        if summary.pages.len() != 9 {
            problems.push(format!("found {} pages, not 9", summary.pages.len()));
        }
        let requests = site.requests();
        let mut unique = requests.clone();
        unique.sort();
        unique.dedup();
        if unique.len() != requests.len() {
            problems.push("fetched a page twice".to_string());
        }
        let most = site.most_in_flight();
        if most != total {
            problems.push(format!("{most} requests at once with a total of {total}"));
        }
        let per_host_most = site.most_in_flight_per_host();
        for (host, most) in &per_host_most {
            if *most > per_host {
                problems.push(format!("{most} at once to {host}, over {per_host}"));
            }
        }
        if per_host_most.values().max() != Some(&per_host) {
            problems.push(format!("no host had {per_host} requests at once: {per_host_most:?}"));
        }
        anyhow::ensure!(problems.is_empty(), "with limits ({total}, {per_host}): {}", problems.join("; "));
    }
    Ok(())
}
// ANCHOR_END: check_limits
