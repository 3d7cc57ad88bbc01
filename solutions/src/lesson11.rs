//! Lesson 11, solved: the mistakes everyone makes, fixed.

use std::sync::Arc;

use futures::future::join_all;
use tokio::sync::Mutex;

pub use given::lesson11::{
    BACKOFF, CLIENT_SETUP, Client, Flaky, Image, SHRINK_TIME, Scoreboard, Thumbnail, attempt,
    download, play, save, shrink,
};

// ANCHOR: fetch_with_retries
/// Each request backs off with `tokio::time::sleep`, which gives the thread
/// back to the runtime: the other requests go on meanwhile.
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
            tokio::time::sleep(BACKOFF).await;
            number += 1;
        }
    });
    join_all(fetches).await
}
// ANCHOR_END: fetch_with_retries

// ANCHOR: make_thumbnails
/// The downloads wait together on the runtime's thread; the CPU work goes to
/// the blocking pool, one thread per thumbnail.
pub async fn make_thumbnails(names: Vec<&'static str>) -> Vec<Thumbnail> {
    let thumbnails = names.into_iter().map(|name| async move {
        let image = download(name).await;
        tokio::task::spawn_blocking(move || shrink(image)).await.expect("shrink panicked")
    });
    join_all(thumbnails).await
}
// ANCHOR_END: make_thumbnails

// ANCHOR: save_all
/// The handles are kept and awaited: the function returns when every save
/// is done, and no task outlives it.
pub async fn save_all(documents: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    let handles: Vec<_> =
        documents.into_iter().map(|(name, units)| tokio::spawn(save(name, units))).collect();
    let results = join_all(handles).await;
    results.into_iter().map(|result| result.expect("a save panicked")).collect()
}
// ANCHOR_END: save_all

// ANCHOR: fetch_pages
/// One client, built once; each task gets a clone, a cheap handle to the
/// same connection pool.
pub async fn fetch_pages(paths: Vec<&'static str>) -> Vec<&'static str> {
    let client = Client::new();
    let tasks: Vec<_> = paths
        .into_iter()
        .map(|path| {
            let client = client.clone();
            tokio::spawn(async move { client.get(path).await })
        })
        .collect();
    let results = join_all(tasks).await;
    results.into_iter().map(|result| result.expect("a request panicked")).collect()
}
// ANCHOR_END: fetch_pages

// ANCHOR: play_round
/// Every guard lives for one statement, and none is held across an `.await`
/// that someone else's lock depends on.
pub async fn play_round(board: Arc<Mutex<Scoreboard>>, players: Vec<(&'static str, u64)>) -> u32 {
    board.lock().await.clear();
    let mut round = tokio::task::JoinSet::new();
    for (name, units) in players {
        let board = Arc::clone(&board);
        round.spawn(async move {
            // Play first, lock after: the players play at the same time.
            let score = play(name, units).await;
            board.lock().await.add(name, score);
        });
    }
    round.join_all().await;
    board.lock().await.total()
}
// ANCHOR_END: play_round
