// Mistake: steps over an empty page by fetching the page after it, once, instead of looping: after two empty pages in a row the stream ends, with pages still to come.
// Expect: differs from the reference solution in what it returned
// ANCHOR: paginated
/// Where the stream stands: the items in hand, and the page to fetch next.
struct Cursor {
    api: Api,
    items: std::collections::VecDeque<&'static str>,
    next: Option<usize>,
}

/// An empty page is followed by the next one; its items are handed out.
pub fn paginated(api: Api) -> BoxStream<'static, &'static str> {
    let start = Cursor { api, items: Default::default(), next: Some(0) };
    stream::unfold(start, |mut cursor| async move {
        if cursor.items.is_empty() {
            let mut page = cursor.api.fetch_page(cursor.next?).await;
            if page.items.is_empty() {
                // An empty page: the items are on the next one.
                page = cursor.api.fetch_page(page.next?).await;
            }
            cursor.items.extend(page.items);
            cursor.next = page.next;
        }
        let item = cursor.items.pop_front()?;
        Some((item, cursor))
    })
    .boxed()
}
// ANCHOR_END: paginated
