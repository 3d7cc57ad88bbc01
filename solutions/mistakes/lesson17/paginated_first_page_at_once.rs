// Mistake: starts fetching page 0 in a task the moment the stream is made, so that the first item is ready sooner: a page is fetched before anyone asks for an item.
// Expect: differs from the reference solution in
// ANCHOR: paginated
/// Where the stream stands: page 0 on its way, the items in hand, the next page.
struct Cursor {
    api: Api,
    first: Option<tokio::task::JoinHandle<Page>>,
    items: std::collections::VecDeque<&'static str>,
    next: Option<usize>,
}

/// Page 0 is fetched at once; later pages when they are needed.
pub fn paginated(api: Api) -> BoxStream<'static, &'static str> {
    let fetching = api.clone();
    let first = tokio::spawn(async move { fetching.fetch_page(0).await });
    let start = Cursor { api, first: Some(first), items: Default::default(), next: None };
    stream::unfold(start, |mut cursor| async move {
        loop {
            if let Some(item) = cursor.items.pop_front() {
                return Some((item, cursor));
            }
            let page = match cursor.first.take() {
                Some(first) => first.await.expect("fetching a page does not fail"),
                None => cursor.api.fetch_page(cursor.next?).await,
            };
            cursor.items.extend(page.items);
            cursor.next = page.next;
        }
    })
    .boxed()
}
// ANCHOR_END: paginated
