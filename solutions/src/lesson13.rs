//! Lesson 13: errors across tasks, with anyhow. Reference solutions.

use std::time::Duration;

use anyhow::Context;

// The helpers these exercises use; read them in `lessons/given/src/lesson13.rs`.
pub use given::lesson13::{Ending, FetchError, FlakyServer, Job, Site, run_job};

// ANCHOR: start_service
/// Each step says what it was doing; the top says what the whole was for.
pub async fn start_service(site: &Site, name: &str) -> anyhow::Result<u16> {
    read_port(site, &format!("/{name}.conf")).await.with_context(|| format!("starting {name}"))
}

/// One layer down: the two steps, each with its own context. (A function,
/// not an `async { ... }` block: a block has no declared return type, and
/// one ending in `Ok(port)` with `?` inside fails with E0282, "type
/// annotations needed", unless it ends in `Ok::<_, anyhow::Error>(port)`.)
async fn read_port(site: &Site, path: &str) -> anyhow::Result<u16> {
    let text = site.download(path).await.with_context(|| format!("downloading {path}"))?;
    let port = text.trim().parse().with_context(|| format!("reading the port from {path}"))?;
    Ok(port)
}
// ANCHOR_END: start_service

// ANCHOR: is_worth_retrying
/// Asks the error for its kind, not for its text: `downcast_ref` sees through
/// every layer of context added with `.context(..)`.
pub fn is_worth_retrying(error: &anyhow::Error) -> bool {
    match error.downcast_ref::<FetchError>() {
        Some(FetchError::Timeout) => true,
        Some(FetchError::Status(code)) => *code >= 500,
        None => false,
    }
}
// ANCHOR_END: is_worth_retrying

// ANCHOR: fetch_with_retry
/// Tries again only while the failure is worth it and attempts are left,
/// doubling the wait each time.
pub async fn fetch_with_retry(
    server: &FlakyServer,
    attempts: u32,
    backoff: Duration,
) -> anyhow::Result<&'static str> {
    let mut wait = backoff;
    let mut attempt = 1;
    loop {
        let error = match server.fetch().await {
            Ok(text) => return Ok(text),
            Err(error) => anyhow::Error::from(error),
        };
        if attempt >= attempts || !is_worth_retrying(&error) {
            return Err(error.context(format!("gave up after attempt {attempt}")));
        }
        tokio::time::sleep(wait).await;
        wait *= 2;
        attempt += 1;
    }
}
// ANCHOR_END: fetch_with_retry

// ANCHOR: run_as_task
/// Two `?`s: the outer `Result` is the task's fate (a panic or an abort),
/// the inner one is what the job returned. Each gets its own context.
pub async fn run_as_task(job: Job) -> anyhow::Result<u32> {
    let name = job.name;
    let value = tokio::spawn(run_job(job))
        .await
        .with_context(|| format!("task {name} panicked"))?
        .with_context(|| format!("task {name} failed"))?;
    Ok(value)
}
// ANCHOR_END: run_as_task

// ANCHOR: run_all
/// Every job runs in its own task at once; `join_all` keeps job order, and
/// nothing stops at the first failure.
pub async fn run_all(jobs: Vec<Job>) -> (Vec<u32>, Vec<anyhow::Error>) {
    let outcomes = futures::future::join_all(jobs.into_iter().map(run_as_task)).await;
    let mut values = Vec::new();
    let mut errors = Vec::new();
    for outcome in outcomes {
        match outcome {
            Ok(value) => values.push(value),
            Err(error) => errors.push(error),
        }
    }
    (values, errors)
}
// ANCHOR_END: run_all
