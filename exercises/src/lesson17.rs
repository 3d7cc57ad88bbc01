//! Lesson 17: streams: async iteration.
//!
//! Grade with `cargo test lesson17`. One unit is one virtual second.
//!
//! A Python async generator (`async def` with `yield`) is a `Stream` in Rust,
//! and `async for item in agen:` is `while let Some(item) =
//! stream.next().await`. `futures::StreamExt` gives every stream `next`,
//! `map`, `filter`, `take`, `then`, `buffered`, `collect` and the rest;
//! `futures::stream` makes streams (`iter`, `unfold`, `select`, `poll_fn`).
//!
//! The first two exercises return a stream, boxed as `BoxStream` (the
//! `.boxed()` adapter makes one) so that the stub can compile; the tests
//! pull items from it and watch the timeline to see what your stream did,
//! and when.

use std::time::Duration;

use futures::stream::BoxStream;
use tokio::sync::mpsc;

// The helpers these exercises use; read them in `lessons/given/src/lesson17.rs`.
pub use given::lesson17::{Api, File, Page, arrivals, look_up};

// ANCHOR: paginated
/// Every item of a paginated API, in order, as a stream: the items of page
/// 0, then those of page 1, and so on, until the last page (the one whose
/// `next` is `None`).
///
/// The stream must fetch a page only when the consumer asks for an item and
/// the pages fetched so far have none left: no page ahead of demand. A
/// consumer that takes two items from a first page of two fetches one page,
/// and nothing more. Some pages are empty, the first one too: an empty page
/// is not the end, `next` says whether there is more.
///
/// asyncio: an async generator,
/// `async def items(api): page = 0` / `while page is not None:
/// p = await api.fetch_page(page); for item in p.items: yield item;
/// page = p.next`, read with `async for`.
/// Expect: pages `[a, b]`, `[c, d]`, `[e]`, each item used for 1 unit by the
/// consumer: page 0 from 0 to 1, page 1 from 3 to 4 (when `c` is asked
/// for), page 2 from 6 to 7, and nothing fetched after `e`.
pub fn paginated(api: Api) -> BoxStream<'static, &'static str> {
    todo!()
}
// ANCHOR_END: paginated

// ANCHOR: from_channel
/// The items that arrive on `receiver`, as a stream: each one as soon as it
/// arrives, and the end of the stream once every sender is gone and the
/// items already in the channel have been handed out.
///
/// asyncio: an async generator around a queue,
/// `while (item := await queue.get()) is not None: yield item`, with `None`
/// put in the queue as the end marker. A channel needs no marker.
/// Expect: a producer sends `a` at 1, `b` and `c` at 3 and lets go of its
/// sender at 5: the stream gives `a` at 1, `b` and `c` at 3, and ends at 5.
pub fn from_channel(receiver: mpsc::Receiver<&'static str>) -> BoxStream<'static, &'static str> {
    todo!()
}
// ANCHOR_END: from_channel

// ANCHOR: first_sizes
/// The sizes of the first `wanted` files, looked up with [`look_up`], at most
/// `at_most` lookups at once, in the order of the files. Only those `wanted`
/// files may be looked up: a lookup costs, and no other may start. A lookup
/// that is done keeps its place among the `at_most` until every size before
/// it has been handed out.
///
/// asyncio: close to a semaphore of `at_most` and `gather` over
/// `files[:wanted]`, but not the same. A semaphore frees a lookup's place
/// the moment it is done, so a semaphore with `join_all` starts the next
/// lookup too early here, and the tests reject it.
/// Expect: files `a` 1, `b` 3, `c` 1, `d` 2 and `e` 1 unit, `wanted` 4 and
/// `at_most` 2: the sizes of a, b, c and d in that order after 5 units. c,
/// done at 2, holds its place until b is done at 3, so d starts at 3 (with
/// a semaphore, d would start at 2 and all be done at 4). `e` is never
/// looked up.
pub async fn first_sizes(files: Vec<File>, wanted: usize, at_most: usize) -> Vec<u32> {
    todo!()
}
// ANCHOR_END: first_sizes

// ANCHOR: collect_in_time
/// Collect the items of `items` for as long as each one arrives within
/// `limit` of being asked for. The first item that does not ends the
/// collection at that moment (it is not skipped: the stream is given up,
/// and that item with it); return what came before it.
///
/// asyncio: `while True:` / `try: item = await asyncio.wait_for(anext(agen),
/// limit)` / `except (TimeoutError, StopAsyncIteration): break`.
/// Expect: `a` after 1, `b` after 2 more, `c` after 5 more, with a limit of
/// 3: `[a, b]` at 6, the moment c's 3 units ran out (c is cancelled).
/// An item that takes exactly the limit is in time, as with
/// `tokio::time::timeout` (Python's `wait_for` counts it as late).
pub async fn collect_in_time(
    items: BoxStream<'static, &'static str>,
    limit: Duration,
) -> Vec<&'static str> {
    todo!()
}
// ANCHOR_END: collect_in_time

// ANCHOR: merged
/// The items of both streams, merged, in the order they arrive: whichever
/// stream has an item ready first gives the next one. The result ends when
/// both streams have ended.
///
/// asyncio: no built-in; one task per generator putting its items in a
/// shared queue (or `aiostream.stream.merge`).
/// Expect: left gives `a` at 1 and `b` at 4, right gives `x` at 2, `y` at 3
/// and `z` at 5: `[a, x, y, b, z]` after 5 units.
pub async fn merged(
    left: BoxStream<'static, &'static str>,
    right: BoxStream<'static, &'static str>,
) -> Vec<&'static str> {
    todo!()
}
// ANCHOR_END: merged
