// Mistake: prefetches: as soon as a page is taken into use it fetches the page after it, so that the next items are ready, which fetches one page more than the consumer asked for.
// Expect: did not run its work as expected
// ANCHOR: paginated
/// The items in hand, and the page after them, already fetched.
struct Cursor {
    api: Api,
    items: std::collections::VecDeque<&'static str>,
    ahead: Option<Page>,
    next: Option<usize>,
}

/// Keeps one page ready ahead of the items being handed out.
pub fn paginated(api: Api) -> BoxStream<'static, &'static str> {
    let start = Cursor { api, items: Default::default(), ahead: None, next: Some(0) };
    stream::unfold(start, |mut cursor| async move {
        loop {
            if let Some(item) = cursor.items.pop_front() {
                return Some((item, cursor));
            }
            let page = match cursor.ahead.take() {
                Some(page) => page,
                None => cursor.api.fetch_page(cursor.next?).await,
            };
            cursor.items.extend(page.items);
            cursor.next = None;
            // Fetch the next page now, so that it is there when these items run out.
            if let Some(number) = page.next {
                cursor.ahead = Some(cursor.api.fetch_page(number).await);
            }
        }
    })
    .boxed()
}
// ANCHOR_END: paginated
