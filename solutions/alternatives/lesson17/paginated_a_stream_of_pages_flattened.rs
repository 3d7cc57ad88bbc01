// Alternative: `unfold` makes a stream of pages (each page's items as a small stream) and `flatten` reads them one after another; `flatten` asks for the next page only when the items of the last one are used up.
// ANCHOR: paginated
/// Pages, lazily, then their items.
pub fn paginated(api: Api) -> BoxStream<'static, &'static str> {
    stream::unfold((api, Some(0)), |(api, next)| async move {
        let page = api.fetch_page(next?).await;
        Some((stream::iter(page.items), (api, page.next)))
    })
    .flatten()
    .boxed()
}
// ANCHOR_END: paginated
