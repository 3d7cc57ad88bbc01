// Mistake: enters each request's span with `span.enter()` and keeps the guard across `fetch(url).await`: while one request waits, its span stays entered on the thread, so the others' events land in it.
// Expect: events landed in the wrong span
// Expect: {url=/home}
// ANCHOR: fetch_all
/// Enters a span per request for as long as the request runs.
pub async fn fetch_all(urls: Vec<&'static str>) -> Vec<Page> {
    let fetches = urls.into_iter().map(|url| async move {
        let span = tracing::info_span!("request", url);
        let _entered = span.enter();
        fetch(url).await
    });
    join_all(fetches).await
}
// ANCHOR_END: fetch_all
