//! What the chapter says about `tokio::time::advance`, checked on tokio's
//! paused clock: it moves the clock by exactly `d` and yields once, and when
//! it returns, a task that a timer now due should wake has not necessarily
//! run. Awaiting the task's handle is what proves it has.

use std::time::Duration;

use tokio::task::{JoinHandle, yield_now};
use tokio::time::{Instant, advance, sleep};

const THREE: Duration = Duration::from_secs(3);

/// A task that sleeps 3 s and returns when it woke, already at its sleep.
async fn sleeper() -> JoinHandle<Duration> {
    let start = Instant::now();
    let task = tokio::spawn(async move {
        sleep(THREE).await;
        start.elapsed()
    });
    yield_now().await;
    task
}

#[tokio::test(start_paused = true)]
async fn right_after_advance_the_clock_has_moved_but_the_woken_task_has_not_run() {
    let start = Instant::now();
    let task = sleeper().await;
    advance(THREE).await;
    assert_eq!(start.elapsed(), THREE, "advance moves the clock by exactly d");
    assert!(!task.is_finished(), "the task whose sleep is due has not had its turn");
    assert_eq!(task.await.unwrap(), THREE, "awaiting its handle waits until it has run");
}

#[tokio::test(start_paused = true)]
async fn one_more_yield_is_not_enough_when_other_tasks_are_ready() {
    let task = sleeper().await;
    // Many tasks ready to run: the runtime runs them before it looks at its
    // timers again.
    for _ in 0..200 {
        tokio::spawn(async {
            for _ in 0..3 {
                yield_now().await;
            }
        });
    }
    advance(THREE).await;
    yield_now().await;
    assert!(!task.is_finished(), "one more yield did not give the sleeper its turn");
    assert_eq!(task.await.unwrap(), THREE);
}

#[tokio::test(start_paused = true)]
async fn a_sleep_to_the_same_instant_is_not_enough() {
    let task = sleeper().await;
    // Both timers fire at 3 s; the test's own future is polled first.
    sleep(THREE).await;
    assert!(!task.is_finished(), "a sleep to its deadline did not let it run first");
    assert_eq!(task.await.unwrap(), THREE);
}

#[tokio::test(start_paused = true)]
async fn a_task_that_has_not_reached_its_sleep_counts_from_after_the_advance() {
    let start = Instant::now();
    let task = tokio::spawn(async move {
        sleep(THREE).await;
        start.elapsed()
    });
    // No yield first: the task has not run, so its sleep has not started.
    advance(THREE).await;
    assert_eq!(task.await.unwrap(), THREE * 2, "its 3 s started at 3 s, after the advance");
}
