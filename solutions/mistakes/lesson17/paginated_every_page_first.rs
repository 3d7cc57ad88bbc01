// Mistake: fetches every page into a `Vec` first and then streams the `Vec` with `stream::iter`, like `[x async for x in pages]` before the loop: a consumer that wants two items waits for all three pages.
// Expect: did not run its work as expected
// ANCHOR: paginated
/// All the pages, then all the items.
pub fn paginated(api: Api) -> BoxStream<'static, &'static str> {
    stream::once(async move {
        let mut items = Vec::new();
        let mut next = Some(0);
        while let Some(number) = next {
            let page = api.fetch_page(number).await;
            items.extend(page.items);
            next = page.next;
        }
        stream::iter(items)
    })
    .flatten()
    .boxed()
}
// ANCHOR_END: paginated
