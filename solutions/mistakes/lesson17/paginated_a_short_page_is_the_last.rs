// Mistake: takes a page with fewer items than the first page for the last one, as many real APIs allow, instead of reading `next`: a short page in the middle ends the stream early.
// Expect: differs from the reference solution in what it returned
// ANCHOR: paginated
/// Where the stream stands: the items in hand, the page to fetch next, and
/// how many items a full page holds (the first page's count).
struct Cursor {
    api: Api,
    items: std::collections::VecDeque<&'static str>,
    next: Option<usize>,
    page_size: Option<usize>,
}

/// A short page is the last one.
pub fn paginated(api: Api) -> BoxStream<'static, &'static str> {
    let start = Cursor { api, items: Default::default(), next: Some(0), page_size: None };
    stream::unfold(start, |mut cursor| async move {
        loop {
            if let Some(item) = cursor.items.pop_front() {
                return Some((item, cursor));
            }
            let page = cursor.api.fetch_page(cursor.next?).await;
            let full = *cursor.page_size.get_or_insert(page.items.len());
            cursor.next = if page.items.len() < full { None } else { page.next };
            cursor.items.extend(page.items);
        }
    })
    .boxed()
}
// ANCHOR_END: paginated
