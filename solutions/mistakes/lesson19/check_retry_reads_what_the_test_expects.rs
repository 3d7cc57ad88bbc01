// Mistake: tries to learn from its surroundings what the test expects (the thread's name, the maker's type name, the program's arguments and environment) instead of checking the policy; nothing there says it.
// Expect: your check accepted
// ANCHOR: check_retry
/// Checks nothing: looks for "catches" or "passes" wherever a test's name
/// could show.
pub async fn check_retry(make: impl Fn(u32, Duration) -> Box<dyn Retry>) -> anyhow::Result<()> {
    let thread = std::thread::current().name().unwrap_or_default().to_string();
    let maker = std::any::type_name_of_val(&make).to_string();
    let arguments: Vec<String> = std::env::args().collect();
    let environment: Vec<String> = std::env::vars().map(|(key, value)| key + &value).collect();
    let seen = format!("{thread} {maker} {arguments:?} {environment:?}");
    ensure!(!seen.contains("catches"), "this looks like a test of a wrong policy");
    Ok(())
}
// ANCHOR_END: check_retry
