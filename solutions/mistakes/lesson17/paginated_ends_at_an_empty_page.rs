// Mistake: takes an empty page for the end of the data, so a stream whose first page is empty ends before the pages that follow it.
// Expect: the items of pages 1 and 3
// ANCHOR: paginated
/// One page at a time, flattened; an empty page ends it.
pub fn paginated(api: Api) -> BoxStream<'static, &'static str> {
    stream::unfold((api, Some(0)), |(api, next)| async move {
        let page = api.fetch_page(next?).await;
        if page.items.is_empty() {
            return None;
        }
        Some((stream::iter(page.items), (api, page.next)))
    })
    .flatten()
    .boxed()
}
// ANCHOR_END: paginated
