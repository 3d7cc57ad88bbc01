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
/// Fetch every request at the same time. When an attempt fails, wait
/// [`BACKOFF`] and try that request again, up to `attempts` attempts in all,
/// with no wait after the last one. Return each request's last result,
/// failures included, in the order given.
///
/// What you see when you run it: the results are right and the timeline
/// looks right, yet the grader says "Blocking": real time went by while the
/// virtual clock stood still, as much as all the backoffs of 300 ms added
/// up one after another (1.5 s in the first test, where A and D back off
/// twice and B once). On the real clock, the second attempts of A, B and D
/// do not start together but 300 ms apart, and the batch takes well over
/// the 3.6 s it should.
///
/// asyncio: `gather` over one retry loop per request, each pausing for the
/// backoff between its attempts.
/// Expect: A and D fail twice, B once, C never; with 3 attempts every
/// request succeeds, after 3 units and two backoffs (3.6 s); the first
/// attempts of all four run at once, and A's third starts at 2 units and two
/// backoffs. Requests that always fail give their last error after 3
/// attempts, in the same 3 units and two backoffs.
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
/// Download every image at the same time, make a thumbnail of each with
/// [`shrink`], and return the thumbnails in the order given.
///
/// What you see when you run it: the thumbnails are right and the five
/// downloads run together, done at 1 unit, yet the grader says "Blocking":
/// about 1.25 s of real time went by while the virtual clock stood still,
/// five times the 250 ms of one [`shrink`]. In a server written this way,
/// every other request would stall for that second and a quarter whenever
/// five thumbnails are made.
///
/// asyncio: `gather` over one coroutine per image, which downloads it and
/// then makes its thumbnail.
/// Expect: five downloads of 1 unit each, all at once, done after 1 unit,
/// and no "Blocking" verdict.
pub async fn make_thumbnails(names: Vec<&'static str>) -> Vec<Thumbnail> {
    let thumbnails = names.into_iter().map(|name| async move {
        let image = download(name).await;
        shrink(image)
    });
    join_all(thumbnails).await
}
// ANCHOR_END: make_thumbnails

// ANCHOR: save_all
/// Save every document at the same time and return their names, in the
/// order given, once every one of them is saved.
///
/// What you see when you run it: the names come back at once, at 0, before
/// a single save has started, and the grader says "Leak": 3 spawned tasks
/// were still alive when the function returned. In a program whose `main`
/// calls it and then ends, the documents are never written, and no error
/// says so.
///
/// asyncio: one `asyncio.create_task(save(name, units))` per document, and
/// the names returned once every save is done.
/// Expect: saves of 1, 3 and 2 units, at the same time, done after 3 units,
/// and no task still running when the function returns.
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
/// Fetch every path with a [`Client`], each path in a spawned task of its
/// own, all at the same time, and return the paths in the order given.
///
/// What you see when you run it: the paths come back right, but the
/// timeline shows eight "connect" rows, one per request, and the grader
/// says "Blocking": about 1.2 s of real time went by while the virtual
/// clock stood still, eight times [`CLIENT_SETUP`]. Against a real server,
/// every request would pay for a TLS setup and a new connection.
///
/// asyncio (with aiohttp): one task per path, each making a GET request and
/// returning the path, gathered in order.
/// Expect: eight paths take 3 units: one connection of 2 units that every
/// request uses, then the eight requests of 1 unit, all at once; exactly one
/// "connect" on the timeline.
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
/// Start a new round on `board` (clear the old scores), let every player
/// [`play`] at the same time, each in a spawned task of its own that adds
/// its score to the board as soon as it has played, and return the board's
/// total once every player is done.
///
/// What you see when you run it: the three players play and finish at 1, 2
/// and 3 units, then nothing more happens. No score reaches the board, the
/// function never returns, and the grader gives up after 10 minutes of
/// virtual time and says "Hung".
///
/// asyncio: the board behind an `asyncio.Lock`; one task per player, which
/// adds its score under the lock; `gather` over them; then the total.
/// Expect: players of 3, 1 and 2 units play at the same time; the round
/// takes 3 units and the total is 60, this round's scores only; the board
/// lists the scores in the order the players finished (B, C, A).
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
