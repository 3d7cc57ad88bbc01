//! Lesson 11: the mistakes everyone makes.
//!
//! Grade with `cargo test lesson11`. One unit is one virtual second.
//!
//! These exercises are different: no body is a `todo!()`. Each one is code
//! that compiles, looks reasonable, and makes one of the mistakes of the
//! lesson. Your job is to find the mistake and fix it. Until you do, the
//! grader fails it with one of its own diagnoses ("Blocking", "Leak",
//! "Hung"): read that message first, then the doc comment.

use std::sync::Arc;

use futures::future::join_all;
use tokio::sync::Mutex;
use tokio::task::JoinSet;

// The helpers these exercises use; read them in `lessons/given/src/lesson11.rs`.
pub use given::lesson11::{
    BACKOFF, CLIENT_SETUP, Client, Flaky, Image, SHRINK_TIME, Scoreboard, Thumbnail, attempt,
    download, play, save, shrink,
};

// ANCHOR: fetch_with_retries
/// Fix this retry loop: fetch every request at the same time, try a failed
/// request again after [`BACKOFF`], up to `attempts` attempts in all, and
/// return each request's last result, in the order given.
///
/// What is wrong: the results are right, but the code waits out each backoff
/// by blocking the thread it runs on. The runtime runs every future of this
/// function on that thread, so while one request sleeps, none of the others
/// moves: the requests take turns instead of waiting together. (Under the
/// grader's paused clock no virtual time passes meanwhile either; the grader
/// sees the real time go by and reports the run as "Blocking".)
///
/// asyncio: `time.sleep(0.3)` in a coroutine instead of
/// `await asyncio.sleep(0.3)`, the same mistake with the same effect.
/// Expect: A and D fail twice, B once, C never; with 3 attempts every
/// request succeeds, after 3 units and two backoffs (3.6 s), and the first
/// attempts of all four run at once.
pub async fn fetch_with_retries(
    requests: Vec<Flaky>,
    attempts: u32,
) -> Vec<Result<&'static str, String>> {
    let fetches = requests.into_iter().map(|request| async move {
        let mut number = 1;
        loop {
            let result = attempt(request, number).await;
            if result.is_ok() || number == attempts {
                return result;
            }
            // Give the service a moment before trying again.
            std::thread::sleep(BACKOFF);
            number += 1;
        }
    });
    join_all(fetches).await
}
// ANCHOR_END: fetch_with_retries

// ANCHOR: make_thumbnails
/// Fix this: download every image at the same time, make a thumbnail of
/// each with [`shrink`], and return the thumbnails in the order given,
/// without holding up the runtime while the thumbnails are made.
///
/// What is wrong: [`shrink`] is heavy CPU work (250 ms of real time each),
/// and the code calls it right inside the async block. An async block runs
/// on the runtime's thread, and it gives that thread back only at an
/// `.await`; a long computation has none, so every other task waits for it.
/// Five thumbnails made one after another on that thread take more than a
/// second, and the grader reports the run as "Blocking".
///
/// asyncio: CPU work inside a coroutine blocks the event loop in the same
/// way; the fix there is `await loop.run_in_executor(None, shrink, image)`
/// (or `await asyncio.to_thread(shrink, image)`).
/// Expect: five downloads of 1 unit each, all at once, done after 1 unit;
/// the thumbnails are made on other threads, where they may take their time.
pub async fn make_thumbnails(names: Vec<&'static str>) -> Vec<Thumbnail> {
    let thumbnails = names.into_iter().map(|name| async move {
        let image = download(name).await;
        shrink(image)
    });
    join_all(thumbnails).await
}
// ANCHOR_END: make_thumbnails

// ANCHOR: save_all
/// Fix this: save every document at the same time and return their names,
/// in the order given, once every one of them is saved.
///
/// What is wrong: the code spawns a task per document and returns at once,
/// without waiting for any of them. The caller is told the documents are
/// saved while they are not; and when a program's `main` returns, the
/// runtime drops every task that is still running, so those saves are simply
/// lost. The grader sees the tasks still alive after the function returned
/// and reports a "Leak".
///
/// asyncio: `asyncio.create_task(save(doc))` and no `await` on the task;
/// `asyncio.run` cancels it when `main` returns (and a task nobody keeps a
/// reference to may even be garbage-collected before it is done).
/// Expect: saves of 1, 3 and 2 units, at the same time, done after 3 units.
pub async fn save_all(documents: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    let mut saved = Vec::new();
    for (name, units) in documents {
        // The save runs by itself, in the background.
        tokio::spawn(save(name, units));
        saved.push(name);
    }
    saved
}
// ANCHOR_END: save_all

// ANCHOR: fetch_pages
/// Fix this: fetch every path, each in a spawned task of its own, all at the
/// same time, and return the paths in the order given. Use one [`Client`]
/// for all of them.
///
/// What is wrong: every task builds a new client for its one request. A
/// client is costly to build ([`Client::new`] keeps the thread busy for
/// 150 ms, as a real one sets up TLS), and a new client has an empty
/// connection pool, so every request opens a connection of its own (2 units)
/// instead of reusing one. Eight clients block the runtime's thread for more
/// than a second, and the grader reports the run as "Blocking".
///
/// asyncio: `async with aiohttp.ClientSession() as session:` inside the
/// function that makes one request, instead of one session for the whole
/// program, passed to everything that makes requests.
/// Expect: eight paths take 3 units (2 to connect, once, and 1 for the
/// requests, all at once), with exactly one "connect" on the timeline.
pub async fn fetch_pages(paths: Vec<&'static str>) -> Vec<&'static str> {
    let tasks: Vec<_> = paths
        .into_iter()
        .map(|path| {
            tokio::spawn(async move {
                let client = Client::new();
                client.get(path).await
            })
        })
        .collect();
    let results = join_all(tasks).await;
    results.into_iter().map(|result| result.expect("a request panicked")).collect()
}
// ANCHOR_END: fetch_pages

// ANCHOR: play_round
/// Fix this: start a new round on `board` (clear the old scores), let every
/// player [`play`] at the same time, each in a spawned task of its own that
/// adds its score to the board, and return the board's total once every
/// player is done.
///
/// What is wrong: the function locks the board at the start and keeps the
/// guard until the end, across `.await`s. One of them waits for the
/// players, and every player needs the same lock to add its score: the
/// players wait for the function, the function waits for the players, and
/// nothing ever moves again. The grader reports the run as "Hung".
///
/// asyncio: `async with lock:` around `await asyncio.gather(*players)`,
/// where each player also does `async with lock:` to add its score. Python's
/// `asyncio.Lock` cannot be taken twice either, and it hangs the same way.
/// Expect: players of 3, 1 and 2 units play at the same time; the round
/// takes 3 units and the total is 60.
pub async fn play_round(board: Arc<Mutex<Scoreboard>>, players: Vec<(&'static str, u64)>) -> u32 {
    let mut scores = board.lock().await;
    scores.clear();
    let mut round = JoinSet::new();
    for (name, units) in players {
        let board = Arc::clone(&board);
        round.spawn(async move {
            let score = play(name, units).await;
            board.lock().await.add(name, score);
        });
    }
    round.join_all().await;
    scores.total()
}
// ANCHOR_END: play_round
