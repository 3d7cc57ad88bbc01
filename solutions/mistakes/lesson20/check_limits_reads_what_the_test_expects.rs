// Mistake: tries to learn from its surroundings what the test expects (the thread's name, the crawler's type name, the program's arguments and environment) instead of checking the crawler; nothing there says it.
// Expect: check_limits
// ANCHOR: check_limits
/// Checks nothing: looks for "wrong" or "catches" wherever a test's name
/// could show.
pub async fn check_limits(
    crawl: impl AsyncFn(&FakeSite, &str, usize, usize) -> Summary,
) -> anyhow::Result<()> {
    let thread = std::thread::current().name().unwrap_or_default().to_string();
    let crawler = std::any::type_name_of_val(&crawl).to_string();
    let arguments: Vec<String> = std::env::args().collect();
    let environment: Vec<String> = std::env::vars().map(|(key, value)| key + &value).collect();
    let seen = format!("{thread} {crawler} {arguments:?} {environment:?}");
    if seen.contains("wrong") || seen.contains("catches") {
        anyhow::bail!("this looks like a test of a wrong crawler");
    }
    Ok(())
}
// ANCHOR_END: check_limits
