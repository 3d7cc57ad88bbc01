//! Lesson 09, solved: semaphores.

use std::time::Duration;

use futures::future::join_all;
use tokio::sync::Semaphore;

pub use given::lesson09::{Download, download, fetch};

// ANCHOR: download_limited
/// Every download waits for a permit first; the permit goes back when
/// `_permit` is dropped, at the end of the block.
pub async fn download_limited(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    let semaphore = Semaphore::new(at_most);
    let semaphore = &semaphore;
    join_all(downloads.into_iter().map(|(name, takes)| async move {
        let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
        download(name, takes).await
    }))
    .await
}
// ANCHOR_END: download_limited

// ANCHOR: download_with_fallback
/// The timeout sits inside the permit: the clock starts when the download
/// does. However the block ends (success, failure, timeout) `_permit` is
/// dropped, and the permit is back.
pub async fn download_with_fallback(
    downloads: Vec<Download>,
    at_most: usize,
    time_limit: Duration,
    fallback: u32,
) -> Vec<u32> {
    let semaphore = Semaphore::new(at_most);
    let semaphore = &semaphore;
    join_all(downloads.into_iter().map(|item| async move {
        let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
        match tokio::time::timeout(time_limit, fetch(item)).await {
            Ok(Ok(size)) => size,
            // Failed, or ran out of time.
            Ok(Err(_)) | Err(_) => fallback,
        }
    }))
    .await
}
// ANCHOR_END: download_with_fallback

// ANCHOR: download_in_tasks
/// The loop waits for a permit before it spawns, so at most `at_most` tasks
/// exist at once; each task owns its permit and gives it back when it ends.
pub async fn download_in_tasks(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    let semaphore = std::sync::Arc::new(Semaphore::new(at_most));
    let mut tasks = Vec::with_capacity(downloads.len());
    for (name, takes) in downloads {
        let permit = std::sync::Arc::clone(&semaphore)
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        tasks.push(tokio::spawn(async move {
            let name = download(name, takes).await;
            // Naming the permit here moves it into the task; unnamed, it
            // would stay in the loop and be dropped before the download ran.
            drop(permit);
            name
        }));
    }
    let joined = join_all(tasks).await;
    joined.into_iter().map(|name| name.expect("a download never panics")).collect()
}
// ANCHOR_END: download_in_tasks

// ANCHOR: download_as_they_finish
/// `buffer_unordered` keeps `at_most` downloads running and yields each
/// name as soon as it is done.
pub async fn download_as_they_finish(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    use futures::StreamExt;

    futures::stream::iter(downloads)
        .map(|(name, takes)| download(name, takes))
        .buffer_unordered(at_most)
        .collect()
        .await
}
// ANCHOR_END: download_as_they_finish
