//! Lesson 17, solved: streams.

use std::time::Duration;

use futures::StreamExt;
use futures::stream::{self, BoxStream};
use tokio::sync::mpsc;

pub use given::lesson17::{Api, File, Page, arrivals, look_up};

// ANCHOR: paginated
/// Where the stream stands between two items: the items of the last page
/// not handed out yet, and the page to fetch when they run out.
struct Cursor {
    api: Api,
    items: std::collections::VecDeque<&'static str>,
    next: Option<usize>,
}

/// `unfold` runs its closure only when the consumer asks for an item, so a
/// page is fetched only when the items before it are used up and one more
/// is wanted. The loop steps over empty pages; `?` on `next` ends the
/// stream after the last page.
pub fn paginated(api: Api) -> BoxStream<'static, &'static str> {
    let start = Cursor { api, items: Default::default(), next: Some(0) };
    stream::unfold(start, |mut cursor| async move {
        loop {
            if let Some(item) = cursor.items.pop_front() {
                return Some((item, cursor));
            }
            let page = cursor.api.fetch_page(cursor.next?).await;
            cursor.items.extend(page.items);
            cursor.next = page.next;
        }
    })
    .boxed()
}
// ANCHOR_END: paginated

// ANCHOR: from_channel
/// The receiver is the stream's state: each item is one `recv`, and `None`
/// (every sender gone, nothing left in the channel) ends the stream.
pub fn from_channel(receiver: mpsc::Receiver<&'static str>) -> BoxStream<'static, &'static str> {
    stream::unfold(receiver, |mut receiver| async move {
        let item = receiver.recv().await?;
        Some((item, receiver))
    })
    .boxed()
}
// ANCHOR_END: from_channel

// ANCHOR: first_sizes
/// `take` comes first, so that only the wanted files are ever looked up;
/// `buffered` keeps the sizes in the order of the files, and a done lookup
/// in its place until the sizes before it are handed out (a semaphore
/// would free that place at once).
pub async fn first_sizes(files: Vec<File>, wanted: usize, at_most: usize) -> Vec<u32> {
    stream::iter(files).take(wanted).map(look_up).buffered(at_most).collect().await
}
// ANCHOR_END: first_sizes

// ANCHOR: collect_in_time
/// The limit wraps each `next()`, so it starts again for every item.
/// Dropping `items` at the end cancels the item that was late.
pub async fn collect_in_time(
    mut items: BoxStream<'static, &'static str>,
    limit: Duration,
) -> Vec<&'static str> {
    let mut collected = Vec::new();
    while let Ok(Some(item)) = tokio::time::timeout(limit, items.next()).await {
        collected.push(item);
    }
    collected
}
// ANCHOR_END: collect_in_time

// ANCHOR: merged
/// `select` polls both streams and hands out whichever item is ready first;
/// it ends when both have ended.
pub async fn merged(
    left: BoxStream<'static, &'static str>,
    right: BoxStream<'static, &'static str>,
) -> Vec<&'static str> {
    stream::select(left, right).collect().await
}
// ANCHOR_END: merged
