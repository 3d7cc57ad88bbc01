//! Lesson 17: streams.
//!
//! The given API traces each page it fetches ("page 0", "page 1", ...) and
//! counts the fetches; the tests pull items from your streams and check
//! which pages were fetched, and when. The other streams are made with the
//! given `arrivals`: each item is ready a number of units after it is asked
//! for, and its wait shows on the timeline under its name.

use futures::StreamExt;
use futures::stream::BoxStream;
use timeline::grade::{cancelled, finished, grade, units};
use timeline::traced;
use tokio::sync::mpsc;
use tokio::time::{Instant, sleep};

use crate::exercise::{
    Api, File, arrivals, collect_in_time, first_sizes, from_channel, merged, paginated,
};

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
