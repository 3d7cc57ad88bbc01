//! Lesson 17: streams: async iteration.
//!
//! Python's async generators (`async def` with `yield`, read with
//! `async for`) are streams in Rust: a `Stream` hands out items one at a time,
//! each one awaited with `stream.next().await`. A stream is pulled: it does
//! nothing until the consumer asks for the next item, so a paginated API read
//! through a stream fetches a page only when its items are wanted. A
//! producer task behind a channel is pushed instead: it runs ahead on its
//! own (`tokio_stream::wrappers::ReceiverStream` makes its receiver a
//! stream). Adapters (`map`, `filter`, `take`, `then`, `buffered`,
//! `buffer_unordered`, `chunks`) build pipelines with a limit on what runs
//! at once; a timeout around each `next()` limits each item; `select`
//! merges two streams in the order their items arrive.
//!
//! Run it: `cargo run -p lesson-17` (real clock) or
//! `cargo run -p lesson-17 -- --virtual-clock` (exact and instant).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use futures::StreamExt;
use futures::stream::{self, BoxStream};
use timeline::lesson::{ratio, secs, section, time_and_draw};
use timeline::{Recorder, traced};
use tokio::sync::mpsc;
use tokio::time::{sleep, timeout};
use tokio_stream::wrappers::ReceiverStream;

/// One unit of the story. 30 ms keeps the whole lesson near 2 seconds.
const UNIT: Duration = Duration::from_millis(30);

// ANCHOR: api
/// A paginated API: each page takes a unit to fetch, and says which page
/// comes next (`None` on the last one).
#[derive(Clone)]
struct Api {
    pages: Arc<Vec<Vec<&'static str>>>,
    fetched: Arc<AtomicUsize>,
}

struct Page {
    items: Vec<&'static str>,
    next: Option<usize>,
}

impl Api {
    async fn fetch_page(&self, number: usize) -> Page {
        self.fetched.fetch_add(1, Ordering::SeqCst);
        traced(&format!("page {number}"), sleep(UNIT)).await;
        let items = self.pages.get(number).cloned().unwrap_or_default();
        let next = (number + 1 < self.pages.len()).then_some(number + 1);
        Page { items, next }
    }
}
// ANCHOR_END: api

fn three_pages() -> Api {
    let pages = vec![vec!["a", "b"], vec!["c", "d"], vec!["e"]];
    Api { pages: Arc::new(pages), fetched: Arc::new(AtomicUsize::new(0)) }
}

fn main() -> anyhow::Result<()> {
    timeline::lesson::run("Lesson 17: streams: async iteration", UNIT, lesson)?;
    Ok(())
}

async fn lesson(recorder: Recorder) {
    section(1, "An async generator is a stream: stream::unfold");
    let api = three_pages();
    let (used, took) = time_and_draw(&recorder, use_each(items(api.clone()))).await;
    println!(
        "used {used:?} in {}; {} pages fetched, each when its first item was asked for",
        secs(took),
        api.fetched.load(Ordering::SeqCst)
    );

    section(2, "Pulled, not pushed: take(2) from the stream and from a spawned producer");
    let api = three_pages();
    let (first, took) =
        time_and_draw(&recorder, items(api.clone()).take(2).collect::<Vec<_>>()).await;
    let pulled = api.fetched.load(Ordering::SeqCst);
    println!("the stream gave {first:?} after {}, having fetched {pulled} page", secs(took));
    let api = three_pages();
    let ((first, took), _) = time_and_draw(&recorder, then_wait(pushed(api.clone()))).await;
    let pushed = api.fetched.load(Ordering::SeqCst);
    println!(
        "the producer gave {first:?} after {} too, but fetched {pushed} pages: it went on after \
         the consumer had stopped, until its next send failed",
        secs(took)
    );
    let api = three_pages();
    let ((first, took), _) =
        time_and_draw(&recorder, then_wait(pushed_through_wrapper(api.clone()))).await;
    let pushed = api.fetched.load(Ordering::SeqCst);
    println!(
        "read through ReceiverStream: {first:?} after {}, {pushed} pages fetched: the same",
        secs(took)
    );

    section(3, "then, buffered(2) and buffer_unordered(2)");
    let (sizes, one_by_one) = time_and_draw(&recorder, one_at_a_time()).await;
    println!("then:                {sizes:?} after {}", secs(one_by_one));
    let (sizes, ordered) = time_and_draw(&recorder, in_order()).await;
    println!("buffered(2):         {sizes:?} after {}", secs(ordered));
    let (sizes, unordered) = time_and_draw(&recorder, as_they_finish()).await;
    println!("buffer_unordered(2): {sizes:?} after {}", secs(unordered));
    println!(
        "buffered(2) is {} faster than then, and keeps the order; buffer_unordered(2) is {} \
         faster again, in finishing order.",
        ratio(one_by_one, ordered),
        ratio(ordered, unordered)
    );

    section(4, "filter, take and chunks: take goes before the lookups");
    let (batches, took) = time_and_draw(&recorder, first_three_in_batches()).await;
    let started = recorder.timeline().spans().len();
    println!("{batches:?} after {}: {started} lookups started", secs(took));
    let (sizes, took) = time_and_draw(&recorder, take_last()).await;
    let started = recorder.timeline().spans().len();
    println!(
        "take after buffered: {sizes:?} after {}, but {started} lookups started: d.txt took \
         the place b.txt left while c.txt was still running",
        secs(took)
    );

    section(5, "A time limit on each item, and one on the whole stream");
    let (items, took) = time_and_draw(&recorder, limit_each(sensor())).await;
    println!("a limit of 3 units per item: {items:?}, ended at {} when d was late", secs(took));
    let (items, took) = time_and_draw(&recorder, limit_all(sensor())).await;
    println!("a limit of 3 units for all:  {items:?}, ended at {}", secs(took));

    section(6, "Merging two streams: select, not chain");
    let (items, merged) = time_and_draw(&recorder, select_two()).await;
    println!("select: {items:?} after {}, in the order they arrived", secs(merged));
    let (items, chained) = time_and_draw(&recorder, chain_two()).await;
    println!("chain:  {items:?} after {}, one stream after the other", secs(chained));
}

// ANCHOR: unfold
/// Every item of every page. `unfold` keeps a state between items and runs
/// its closure only when the consumer asks for the next one.
fn items(api: Api) -> BoxStream<'static, &'static str> {
    let start = (api, Vec::new().into_iter(), Some(0));
    stream::unfold(start, |(api, mut page_items, mut next)| async move {
        loop {
            if let Some(item) = page_items.next() {
                return Some((item, (api, page_items, next)));
            }
            // The items in hand are used up: now, and only now, fetch a page.
            let page = api.fetch_page(next?).await;
            page_items = page.items.into_iter();
            next = page.next;
        }
    })
    .boxed()
}
// ANCHOR_END: unfold

// ANCHOR: async_for
/// Python: `async for item in items(api): await use(item)`.
async fn use_each(mut items: BoxStream<'static, &'static str>) -> Vec<&'static str> {
    let mut used = Vec::new();
    while let Some(item) = items.next().await {
        traced(&format!("use {item}"), sleep(UNIT)).await;
        used.push(item);
    }
    used
}
// ANCHOR_END: async_for

// ANCHOR: pushed
/// A stream with a channel behind it: each `next()` is one `recv()`, and the
/// stream ends when every sender is gone.
fn from_channel(receiver: mpsc::Receiver<&'static str>) -> BoxStream<'static, &'static str> {
    stream::unfold(receiver, |mut receiver| async move {
        let item = receiver.recv().await?;
        Some((item, receiver))
    })
    .boxed()
}

/// The same items, pushed by a spawned producer into a channel of one.
fn produce(api: Api) -> mpsc::Receiver<&'static str> {
    let (sender, receiver) = mpsc::channel(1);
    tokio::spawn(async move {
        let mut next = Some(0);
        while let Some(number) = next {
            let page = api.fetch_page(number).await;
            for item in page.items {
                // The consumer is gone: only now does the producer stop.
                if sender.send(item).await.is_err() {
                    return;
                }
            }
            next = page.next;
        }
    });
    receiver
}

async fn pushed(api: Api) -> Vec<&'static str> {
    from_channel(produce(api)).take(2).collect().await
}
// ANCHOR_END: pushed

// ANCHOR: receiver_stream
/// The same, with the stream made by `tokio_stream::wrappers::ReceiverStream`
/// in place of `from_channel`. Only `futures::StreamExt` is imported: with
/// `tokio_stream::StreamExt` in scope too, `take` would be ambiguous.
async fn pushed_through_wrapper(api: Api) -> Vec<&'static str> {
    ReceiverStream::new(produce(api)).take(2).collect().await
}
// ANCHOR_END: receiver_stream

/// `read` and how long it took, then two more units, to see what the
/// producer did meanwhile.
async fn then_wait(read: impl Future<Output = Vec<&'static str>>) -> (Vec<&'static str>, Duration) {
    let start = tokio::time::Instant::now();
    let first = read.await;
    let took = start.elapsed();
    sleep(UNIT * 2).await;
    (first, took)
}

/// A file whose size takes `units` to look up.
#[derive(Clone, Copy)]
struct File {
    name: &'static str,
    units: u32,
    size: u32,
}

async fn look_up(file: File) -> u32 {
    traced(file.name, sleep(UNIT * file.units)).await;
    file.size
}

/// A slow lookup first, then three quick ones.
const FILES: [File; 4] = [
    File { name: "a.txt", units: 3, size: 30 },
    File { name: "b.txt", units: 1, size: 10 },
    File { name: "c.txt", units: 1, size: 11 },
    File { name: "d.txt", units: 2, size: 20 },
];

// ANCHOR: adapters
async fn one_at_a_time() -> Vec<u32> {
    // `then` awaits each lookup before it asks for the next file.
    stream::iter(FILES).then(look_up).collect().await
}

async fn in_order() -> Vec<u32> {
    // Two at once; the sizes come out in the order of the files.
    stream::iter(FILES).map(look_up).buffered(2).collect().await
}

async fn as_they_finish() -> Vec<u32> {
    // Two at once; each size comes out as soon as its lookup is done.
    stream::iter(FILES).map(look_up).buffer_unordered(2).collect().await
}
// ANCHOR_END: adapters

/// Some files are empty, and need no lookup.
const MORE_FILES: [File; 6] = [
    File { name: "a.txt", units: 1, size: 30 },
    File { name: "empty.txt", units: 1, size: 0 },
    File { name: "b.txt", units: 1, size: 10 },
    File { name: "c.txt", units: 3, size: 11 },
    File { name: "d.txt", units: 1, size: 20 },
    File { name: "e.txt", units: 1, size: 40 },
];

// ANCHOR: take_first
async fn first_three_in_batches() -> Vec<Vec<u32>> {
    stream::iter(MORE_FILES)
        .filter(|file| std::future::ready(file.size > 0))
        // Only three files go past this point: only three are looked up.
        .take(3)
        .map(look_up)
        .buffered(2)
        // Batches of two, to save them two at a time.
        .chunks(2)
        .collect()
        .await
}

async fn take_last() -> Vec<u32> {
    stream::iter(MORE_FILES)
        .filter(|file| std::future::ready(file.size > 0))
        .map(look_up)
        .buffered(2)
        // Too late: `buffered` starts the next lookup as soon as a place is free.
        .take(3)
        .collect()
        .await
}
// ANCHOR_END: take_first

/// Readings that are ready 2, 2, 2 and 5 units after they are asked for.
fn sensor() -> BoxStream<'static, &'static str> {
    stream::iter([("a", 2), ("b", 2), ("c", 2), ("d", 5)])
        .then(|(name, units)| async move {
            traced(name, sleep(UNIT * units)).await;
            name
        })
        .boxed()
}

// ANCHOR: time_limit
async fn limit_each(mut readings: BoxStream<'static, &'static str>) -> Vec<&'static str> {
    let mut got = Vec::new();
    // The limit starts again with every `next()`; a late item ends the loop.
    while let Ok(Some(reading)) = timeout(UNIT * 3, readings.next()).await {
        got.push(reading);
    }
    got
}

async fn limit_all(mut readings: BoxStream<'static, &'static str>) -> Vec<&'static str> {
    let mut got = Vec::new();
    // Python: `async with asyncio.timeout(3): async for reading in readings: ...`
    let _ = timeout(UNIT * 3, async {
        while let Some(reading) = readings.next().await {
            got.push(reading);
        }
    })
    .await;
    got
}
// ANCHOR_END: time_limit

/// A stream of `(name, units)`, each ready `units` after it is asked for.
fn timed(items: Vec<(&'static str, u32)>) -> BoxStream<'static, &'static str> {
    stream::iter(items)
        .then(|(name, units)| async move {
            traced(name, sleep(UNIT * units)).await;
            name
        })
        .boxed()
}

// ANCHOR: merge
async fn select_two() -> Vec<&'static str> {
    let left = timed(vec![("a", 1), ("b", 3)]);
    let right = timed(vec![("x", 2), ("y", 1), ("z", 2)]);
    // Polls both; whichever has an item ready gives the next one.
    stream::select(left, right).collect().await
}

async fn chain_two() -> Vec<&'static str> {
    let left = timed(vec![("a", 1), ("b", 3)]);
    let right = timed(vec![("x", 2), ("y", 1), ("z", 2)]);
    // The right stream is not even asked until the left one has ended.
    left.chain(right).collect().await
}
// ANCHOR_END: merge
