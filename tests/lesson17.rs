//! Lesson 17: streams.
//!
//! The given API traces each page it fetches ("page 0", "page 1", ...) and
//! counts the fetches; the tests pull items from your streams and check
//! which pages were fetched, and when. The other streams are made with the
//! given `arrivals`: each item is ready a number of units after it is asked
//! for, and its wait shows on the timeline under its name.

use std::time::Duration;

use futures::StreamExt;
use futures::stream::{self, BoxStream};
use timeline::grade::{Gen, Observed, Run, cancelled, finished, grade, scenarios, units};
use timeline::traced;
use tokio::sync::mpsc;
use tokio::time::{Instant, sleep};

use crate::exercise::{
    Api, File, arrivals, collect_in_time, first_sizes, from_channel, merged, paginated,
};
use crate::reference;

/// Three pages: two items, two items, one item.
fn three_pages() -> Api {
    Api::new(vec![vec!["a", "b"], vec!["c", "d"], vec!["e"]])
}

/// Reads `stream` to the end like `async for`, using each item for one unit
/// (traced as "use a", "use b", ...), and returns the items.
async fn use_each(mut stream: BoxStream<'static, &'static str>) -> Vec<&'static str> {
    let mut used = Vec::new();
    while let Some(item) = stream.next().await {
        traced(&format!("use {item}"), sleep(units(1))).await;
        used.push(item);
    }
    used
}

#[test]
fn paginated_fetches_each_page_when_its_first_item_is_asked_for() {
    let api = three_pages();
    let watched = api.clone();
    let run = grade(move || use_each(paginated(api)));

    run.assert_value(vec!["a", "b", "c", "d", "e"], "every item of every page, in order");
    run.assert_timeline(&[
        finished("page 0", 0, 1),
        finished("use a", 1, 2),
        finished("use b", 2, 3),
        finished("page 1", 3, 4),
        finished("use c", 4, 5),
        finished("use d", 5, 6),
        finished("page 2", 6, 7),
        finished("use e", 7, 8),
    ]);
    run.assert_eq(
        watched.pages_fetched(),
        3,
        "fetch each of the 3 pages once, none after the last",
    );
    run.assert_took(8);
}

#[test]
fn paginated_fetches_no_page_ahead_of_demand() {
    let api = three_pages();
    let watched = api.clone();
    // Two items, both on page 0: pages 1 and 2 are never needed.
    let run = grade(move || paginated(api).take(2).collect::<Vec<_>>());

    run.assert_value(vec!["a", "b"], "the first two items");
    run.assert_timeline(&[finished("page 0", 0, 1)]);
    run.assert_eq(watched.pages_fetched(), 1, "fetch only page 0 for the first two items");
    run.assert_took(1);
}

#[test]
fn paginated_fetches_nothing_until_an_item_is_asked_for() {
    let api = three_pages();
    let watched = api.clone();
    let run = grade(move || async move {
        let mut items = paginated(api);
        // The stream is made, but no item is asked for yet.
        sleep(units(2)).await;
        let fetched_before_asking = watched.pages_fetched();
        let first = items.next().await;
        (fetched_before_asking, first)
    });

    run.assert_value(
        (0, Some("a")),
        "(pages fetched in the 2 units before the first item was asked for, the first item): \
         no page until an item is asked for",
    );
    run.assert_timeline(&[finished("page 0", 2, 3)]);
    run.assert_took(3);
}

#[test]
fn paginated_ends_at_once_after_an_empty_only_page() {
    let api = Api::new(vec![vec![]]);
    let watched = api.clone();
    let run = grade(move || paginated(api).collect::<Vec<_>>());

    run.assert_value(vec![], "no items: the only page is empty");
    run.assert_timeline(&[finished("page 0", 0, 1)]);
    run.assert_eq(watched.pages_fetched(), 1, "fetch the one page, then end");
    run.assert_took(1);
}

#[test]
fn paginated_goes_past_empty_pages_until_next_is_none() {
    // An empty page is not the end: page 0 and page 2 are empty, but their
    // `next` says there is more.
    let api = Api::new(vec![vec![], vec!["a"], vec![], vec!["b", "c"]]);
    let watched = api.clone();
    let run = grade(move || paginated(api).collect::<Vec<_>>());

    run.assert_value(vec!["a", "b", "c"], "the items of pages 1 and 3, in order");
    run.assert_timeline(&[
        finished("page 0", 0, 1),
        finished("page 1", 1, 2),
        finished("page 2", 2, 3),
        finished("page 3", 3, 4),
    ]);
    run.assert_eq(watched.pages_fetched(), 4, "fetch the 4 pages, and no page 4");
    run.assert_took(4);
}

/// Sends each `(item, at)` at virtual second `at`, then holds the sender
/// until `close_at` and drops it. It stops early if the stream is gone.
async fn produce(
    sender: mpsc::Sender<&'static str>,
    items: Vec<(&'static str, u64)>,
    close_at: u64,
) {
    let start = Instant::now();
    for (item, at) in items {
        tokio::time::sleep_until(start + units(at)).await;
        if sender.send(item).await.is_err() {
            return;
        }
    }
    tokio::time::sleep_until(start + units(close_at)).await;
}

/// Reads `stream` to the end and returns each item with the virtual second
/// it arrived at.
async fn arrival_times(stream: BoxStream<'static, &'static str>) -> Vec<(&'static str, u64)> {
    let start = Instant::now();
    stream.map(|item| (item, start.elapsed().as_secs())).collect().await
}

#[test]
fn from_channel_hands_out_each_item_as_it_arrives_and_ends_when_the_sender_is_gone() {
    let run = grade(|| async {
        let (sender, receiver) = mpsc::channel(4);
        let producer = tokio::spawn(produce(sender, vec![("a", 1), ("b", 3), ("c", 3)], 5));
        let arrived = arrival_times(from_channel(receiver)).await;
        producer.await.expect("the producer does not panic");
        arrived
    });

    run.assert_value(
        vec![("a", 1), ("b", 3), ("c", 3)],
        "each item with the second it arrived at: a at 1, b and c at 3",
    );
    run.assert_took(5);
}

#[test]
fn from_channel_hands_out_what_is_left_in_a_closed_channel() {
    let run = grade(|| async {
        let (sender, receiver) = mpsc::channel(4);
        for item in ["p", "q", "r"] {
            sender.send(item).await.expect("the receiver is still there");
        }
        // Closed, with three items still in it.
        drop(sender);
        sleep(units(2)).await;
        arrival_times(from_channel(receiver)).await
    });

    run.assert_value(
        vec![("p", 0), ("q", 0), ("r", 0)],
        "the three items sent before the sender was dropped, at once",
    );
    run.assert_took(2);
}

#[test]
fn from_channel_ends_at_once_when_the_channel_is_closed_and_empty() {
    let run = grade(|| async {
        let (sender, receiver) = mpsc::channel::<&'static str>(4);
        drop(sender);
        arrival_times(from_channel(receiver)).await
    });

    run.assert_value(vec![], "no items");
    run.assert_took(0);
}

/// The files of the order test: a slow `b` behind a quick `a`, and `e`,
/// which is not wanted.
fn five_files() -> Vec<File> {
    vec![
        File { name: "a", units: 1, size: 10 },
        File { name: "b", units: 3, size: 20 },
        File { name: "c", units: 1, size: 30 },
        File { name: "d", units: 2, size: 40 },
        File { name: "e", units: 1, size: 50 },
    ]
}

#[test]
fn first_sizes_keeps_the_order_of_the_files_and_looks_up_only_the_wanted_ones() {
    let run = grade(|| first_sizes(five_files(), 4, 2));

    run.assert_value(vec![10, 20, 30, 40], "the sizes of a, b, c and d, in the order of the files");
    // a's place goes to c at 1; c is done at 2 but holds its place until b,
    // before it, is handed out at 3; then d starts. e is never looked up.
    run.assert_timeline(&[
        finished("a", 0, 1),
        finished("b", 0, 3),
        finished("c", 1, 2),
        finished("d", 3, 5),
    ]);
    run.assert_took(5);
}

#[test]
fn first_sizes_runs_at_most_lookups_at_once() {
    let files: Vec<File> = ["a", "b", "c", "d", "e", "f", "g"]
        .into_iter()
        .zip(1..)
        .map(|(name, size)| File { name, units: 1, size })
        .collect();
    let run = grade(|| first_sizes(files, 6, 3));

    run.assert_value(vec![1, 2, 3, 4, 5, 6], "the sizes of the first six files, in order");
    run.assert_max_concurrency(3);
    run.assert_that(
        run.timeline.span("g").is_none(),
        "look up only the 6 wanted files: g, the seventh, must not be looked up",
    );
    run.assert_took(2);
}

#[test]
fn first_sizes_of_none_looks_up_nothing() {
    let run = grade(|| first_sizes(five_files(), 0, 2));

    run.assert_value(vec![], "no sizes: none were wanted");
    run.assert_timeline(&[]);
    run.assert_took(0);
}

#[test]
fn collect_in_time_ends_at_the_first_late_item() {
    let items = vec![("a", 1), ("b", 2), ("c", 5), ("d", 1)];
    let run = grade(|| collect_in_time(arrivals(items), units(3)));

    run.assert_value(vec!["a", "b"], "the items before the first late one");
    // c is asked for at 3 and given up at 6, three units later; d is never
    // asked for: the stream ends, it does not skip c.
    run.assert_timeline(&[finished("a", 0, 1), finished("b", 1, 3), cancelled("c", 3, 6)]);
    run.assert_took(6);
}

#[test]
fn collect_in_time_gives_each_item_the_whole_limit() {
    // Each item takes exactly the limit: every one is in time, and the
    // limit starts again for each (together they take 9 units, not 3).
    let items = vec![("a", 3), ("b", 3), ("c", 3)];
    let run = grade(|| collect_in_time(arrivals(items), units(3)));

    run.assert_value(vec!["a", "b", "c"], "every item: each arrived within the limit");
    run.assert_timeline(&[finished("a", 0, 3), finished("b", 3, 6), finished("c", 6, 9)]);
    run.assert_took(9);
}

#[test]
fn collect_in_time_counts_an_item_exactly_at_the_limit_in_time_every_time() {
    // 24 items, each exactly at the limit: each one is a tie between the
    // item and the limit, and each must go to the item.
    let items = vec![("a", 1); 24];
    let run = grade(|| collect_in_time(arrivals(items), units(1)));

    run.assert_eq(
        run.value.len(),
        24,
        "how many items were collected: every one of the 24 items arrived exactly at the limit, \
         which is in time, every time (a `select!` that may look at the timer first counts some \
         of them late)",
    );
    run.assert_took(24);
}

#[test]
fn merged_hands_out_items_in_the_order_they_arrive() {
    let left = arrivals(vec![("a", 1), ("b", 3)]);
    let right = arrivals(vec![("x", 2), ("y", 1), ("z", 2)]);
    let run = grade(|| merged(left, right));

    run.assert_value(
        vec!["a", "x", "y", "b", "z"],
        "the items as they arrived: a at 1, x at 2, y at 3, b at 4, z at 5",
    );
    run.assert_timeline(&[
        finished("a", 0, 1),
        finished("b", 1, 4),
        finished("x", 0, 2),
        finished("y", 2, 3),
        finished("z", 3, 5),
    ]);
    run.assert_took(5);
}

#[test]
fn merged_goes_on_with_one_stream_after_the_other_has_ended() {
    // The right stream ends at 1, the left one has three more to come.
    let left = arrivals(vec![("a", 2), ("b", 2), ("c", 1)]);
    let right = arrivals(vec![("x", 1)]);
    let run = grade(|| merged(left, right));

    run.assert_value(vec!["x", "a", "b", "c"], "every item of both, as they arrived");
    run.assert_took(5);
}

// Scenario tests: each function on generated inputs, compared with the
// reference solution: the value, every span (pages, lookups, items, the
// consumer's uses) and when it returned. Pages hold 0, 1 or many items,
// empty ones anywhere; the consumer waits before its first ask, uses each
// item for a time of its own and stops before, at or past the end; waits
// differ per item and fall between whole units; names repeat; limits tie
// with waits.

#[test]
fn paginated_matches_the_reference_on_generated_pages_and_readers() {
    scenarios().compare(
        generated_reader,
        |reader| read_pages(reader, paginated),
        |reader| read_pages(reader, reference::paginated),
    );
}

#[test]
fn from_channel_matches_the_reference_on_generated_producers() {
    scenarios().compare(
        generated_feed,
        |feed| read_feed(feed, from_channel),
        |feed| read_feed(feed, reference::from_channel),
    );
}

#[test]
fn first_sizes_matches_the_reference_on_generated_files() {
    scenarios().compare(
        generated_lookups,
        |(files, wanted, at_most)| first_sizes(files, wanted, at_most),
        |(files, wanted, at_most)| reference::first_sizes(files, wanted, at_most),
    );
}

#[test]
fn collect_in_time_matches_the_reference_on_generated_items_and_limits() {
    scenarios().compare(
        generated_timed_items,
        |(items, limit)| collect_in_time(timed(items), limit),
        |(items, limit)| reference::collect_in_time(timed(items), limit),
    );
}

#[test]
fn merged_matches_the_reference_on_generated_streams() {
    scenarios().compare_by(
        generated_stream_pair,
        |(left, right)| merged(timed(left), timed(right)),
        |(left, right)| reference::merged(timed(left), timed(right)),
        arrival_order,
    );
}

/// A reader of a paginated API: the pages, how long it waits after making
/// the stream before it asks for the first item, and how long it uses each
/// item it asks for (one ask per entry: it stops after the last one, or at
/// the end of the stream).
#[derive(Clone, Debug)]
struct Reader {
    pages: Vec<Vec<&'static str>>,
    first_ask: Duration,
    uses: Vec<Duration>,
}

/// 1 to 8 pages of 0, 1 or many items (a third of them empty, the first
/// and the last too), read by a consumer that asks for anything from no
/// item to two past the end.
fn generated_reader(g: &mut Gen) -> Reader {
    let count = g.count_from(1);
    let pages = g.items(count, |g| {
        let length = g.pick(&[0, 0, 1, 1, 2, 3]);
        g.items(length, Gen::name)
    });
    let total = pages.iter().map(Vec::len).sum::<usize>() as u64;
    let asks = g.between(0, total + 2) as usize;
    Reader {
        pages,
        first_ask: g.duration(Duration::ZERO, units(3), units(1)),
        uses: g.items(asks, |g| g.duration(Duration::ZERO, units(2), units(1))),
    }
}

/// Reads the stream that `make` makes of `reader`'s pages as `reader` says,
/// using each item (traced as "use a"), then drops the stream and waits 2
/// units more, in which nothing may be fetched. Returns the items and how
/// many pages were fetched in all.
async fn read_pages(
    reader: Reader,
    make: fn(Api) -> BoxStream<'static, &'static str>,
) -> (Vec<&'static str>, usize) {
    let api = Api::new(reader.pages);
    let mut items = make(api.clone());
    sleep(reader.first_ask).await;
    let mut used = Vec::new();
    for time in reader.uses {
        let Some(item) = items.next().await else { break };
        traced(&format!("use {item}"), sleep(time)).await;
        used.push(item);
    }
    drop(items);
    sleep(units(2)).await;
    (used, api.pages_fetched())
}

/// Producers on one channel, and the consumer of the stream made from it.
#[derive(Clone, Debug)]
struct Feed {
    /// How many items the channel holds.
    capacity: usize,
    /// Each producer's items, each sent after a pause, and how long the
    /// producer keeps its sender after its last item.
    producers: Vec<(Vec<(Duration, &'static str)>, Duration)>,
    /// How long the consumer uses each item it gets, in turn.
    uses: Vec<Duration>,
}

/// One or two producers of 0 to 8 items each (now and then an empty
/// string), pauses of 0 to 4 units, a channel of 1 to 3, and a consumer
/// that is sometimes quicker than the producers and sometimes slower.
fn generated_feed(g: &mut Gen) -> Feed {
    let count = g.between(1, 2) as usize;
    let producers = g.items(count, |g| {
        let count = g.count();
        let items = g.items(count, |g| {
            let item = if g.chance(10) { "" } else { g.name() };
            (g.duration(Duration::ZERO, units(4), units(1)), item)
        });
        (items, g.duration(Duration::ZERO, units(4), units(1)))
    });
    let total = producers.iter().map(|(items, _)| items.len()).sum();
    Feed {
        capacity: g.between(1, 3) as usize,
        producers,
        uses: g.items(total, |g| g.duration(Duration::ZERO, units(2), units(1))),
    }
}

/// Runs `feed`'s producers in tasks of their own and reads the stream that
/// `make` makes of the channel to its end, using each item for its time
/// (traced as "use a"). Returns each item with the instant it came out of
/// the stream.
async fn read_feed(
    feed: Feed,
    make: fn(mpsc::Receiver<&'static str>) -> BoxStream<'static, &'static str>,
) -> Vec<(&'static str, Duration)> {
    let (sender, receiver) = mpsc::channel(feed.capacity);
    let producers: Vec<_> = feed
        .producers
        .into_iter()
        .map(|(items, holds)| tokio::spawn(send_each(sender.clone(), items, holds)))
        .collect();
    drop(sender);
    let start = Instant::now();
    let mut items = make(receiver);
    let mut uses = feed.uses.into_iter();
    let mut arrived = Vec::new();
    while let Some(item) = items.next().await {
        arrived.push((item, start.elapsed()));
        traced(&format!("use {item}"), sleep(uses.next().unwrap_or_default())).await;
    }
    drop(items);
    for producer in producers {
        producer.await.expect("a producer does not panic");
    }
    arrived
}

/// Sends each item after its pause (each send traced as "send a": it waits
/// while the channel is full), then keeps the sender for `holds`. Once the
/// stream is gone, the sends fail, and that is no error here.
async fn send_each(
    sender: mpsc::Sender<&'static str>,
    items: Vec<(Duration, &'static str)>,
    holds: Duration,
) {
    for (pause, item) in items {
        sleep(pause).await;
        let _ = traced(&format!("send {item}"), sender.send(item)).await;
    }
    sleep(holds).await;
}

/// 0 to 8 files (names repeat) of 0 to 4 units and any size, `wanted` from
/// none to two more files than there are, and `at_most` from 1 to 4.
fn generated_lookups(g: &mut Gen) -> (Vec<File>, usize, usize) {
    let count = g.count();
    let files = g.items(count, |g| File {
        name: g.name(),
        units: g.between(0, 4),
        size: g.between(0, 99) as u32,
    });
    let wanted = g.between(0, count as u64 + 2) as usize;
    (files, wanted, g.between(1, 4) as usize)
}

/// A limit of half a unit to 3 units, and 0 to 8 items, a third of them
/// exactly at the limit, the others anything from 0 to 4 units.
fn generated_timed_items(g: &mut Gen) -> (Vec<(&'static str, Duration)>, Duration) {
    let half = units(1) / 2;
    let limit = g.duration(half, units(3), half);
    let count = g.count();
    let items = g.items(count, |g| {
        let wait = if g.chance(33) { limit } else { g.duration(Duration::ZERO, units(4), half) };
        (g.name(), wait)
    });
    (items, limit)
}

/// A stream like the given `arrivals`, with waits of any length: each
/// `(name, wait)` is ready `wait` after it is asked for, and the wait is
/// traced with the name.
fn timed(items: Vec<(&'static str, Duration)>) -> BoxStream<'static, &'static str> {
    stream::iter(items)
        .then(|(name, wait)| async move {
            traced(name, sleep(wait)).await;
            name
        })
        .boxed()
}

/// The names of the left stream's items in a merge; the right stream's come
/// from [`RIGHT`]. Each item has a name of its own, so that when it
/// arrived can be read from the timeline.
const LEFT: [&str; 8] = ["oak", "elm", "yew", "ash", "fir", "bay", "box", "lime"];

/// The names of the right stream's items in a merge.
const RIGHT: [&str; 8] = ["cod", "eel", "ray", "koi", "gar", "ide", "dab", "hake"];

/// Two streams of 0 to 8 items each, waits of 0 to 3 units (half of them
/// whole, so that items of both streams, or two of one stream, arrive at
/// one instant), each item named differently.
type StreamPair = (Vec<(&'static str, Duration)>, Vec<(&'static str, Duration)>);

/// Generates a [`StreamPair`].
fn generated_stream_pair(g: &mut Gen) -> StreamPair {
    let side = |g: &mut Gen, pool: &[&'static str]| {
        let count = g.count();
        let names = distinct(g, pool, count);
        names
            .into_iter()
            .map(|name| (name, g.duration(Duration::ZERO, units(3), units(1))))
            .collect()
    };
    let left = side(g, &LEFT);
    (left, side(g, &RIGHT))
}

/// `count` names from `pool` (at most all of them), no two alike, in a
/// generated order.
fn distinct(g: &mut Gen, pool: &[&'static str], count: usize) -> Vec<&'static str> {
    let mut pool = pool.to_vec();
    let count = count.min(pool.len());
    (0..count).map(|_| pool.swap_remove(g.below(pool.len() as u64) as usize)).collect()
}

/// What a merge is judged on, written out one line per entry: the items it
/// handed out, grouped by the instant each arrived (its wait's end on the
/// timeline), each group with the left stream's items and the right
/// stream's in the order handed out; every span; the return time. Which of
/// two streams' items arriving at one instant comes first is left open; the
/// order within one stream, and across instants, is not.
#[derive(Debug)]
#[allow(dead_code, reason = "compared and shown through `Debug` alone")]
struct MergeSeen {
    arrived_together: Vec<String>,
    spans: Vec<String>,
    returned: Duration,
}

/// Reads a [`MergeSeen`] from a run of a merge.
fn arrival_order(run: &Run<Vec<&'static str>>) -> MergeSeen {
    let mut groups: Vec<(Duration, Vec<&str>, Vec<&str>)> = Vec::new();
    for &item in &run.value {
        let at = run.timeline.span(item).map_or(Duration::MAX, |span| span.end);
        if groups.last().is_none_or(|(group_at, _, _)| *group_at != at) {
            groups.push((at, Vec::new(), Vec::new()));
        }
        if let Some((_, left, right)) = groups.last_mut() {
            if LEFT.contains(&item) { left.push(item) } else { right.push(item) }
        }
    }
    let Observed { spans, returned, .. } = Observed::of(run);
    MergeSeen {
        arrived_together: groups
            .iter()
            .map(|(at, left, right)| {
                format!(
                    "at {}: left [{}], right [{}]",
                    secs(*at),
                    left.join(", "),
                    right.join(", ")
                )
            })
            .collect(),
        spans: spans
            .iter()
            .map(|(start, end, label, outcome)| {
                format!("{label} {} to {}, {outcome}", secs(*start), secs(*end))
            })
            .collect(),
        returned,
    }
}

/// A time in seconds, to the millisecond.
fn secs(time: Duration) -> String {
    format!("{:.3}s", time.as_secs_f64())
}
