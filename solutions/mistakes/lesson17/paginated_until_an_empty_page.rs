// Mistake: ignores `next` and asks for page after page until one comes back empty: after the last page it fetches one more, which costs a unit and returns nothing.
// Expect: page 3
// ANCHOR: paginated
/// Page 0, 1, 2, ... until a page has no items.
pub fn paginated(api: Api) -> BoxStream<'static, &'static str> {
    stream::unfold((api, 0), |(api, number)| async move {
        let page = api.fetch_page(number).await;
        if page.items.is_empty() {
            return None;
        }
        Some((stream::iter(page.items), (api, number + 1)))
    })
    .flatten()
    .boxed()
}
// ANCHOR_END: paginated
