//! Lesson 16: signals between tasks and shared state.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use timeline::grade::{Run, finished, grade, timed, units};
use tokio::sync::{Mutex, mpsc};
use tokio::time::{Instant, sleep_until};

use crate::exercise::{
    Heard, Request, add, count_visits, counter_actor, follow_config, get, publish,
    start_after_load, start_together,
};

fn millis(ms: u64) -> Duration {
    Duration::from_millis(ms)
}

fn heard(read: &[u32], missed: u64) -> Heard {
    Heard { read: read.to_vec(), missed }
}

/// The tokio tasks that ran the rows whose label starts with `prefix`.
fn tasks_of<T>(run: &Run<T>, prefix: &str) -> BTreeSet<Option<String>> {
    let rows = run.timeline.spans().iter().filter(|row| row.label.starts_with(prefix));
    rows.map(|row| row.tokio_task.clone()).collect()
}

#[test]
fn start_after_load_starts_a_worker_that_is_already_waiting() {
    let run = grade(|| start_after_load(1));

    run.assert_timeline(&[
        finished("load", 0, 2),
        finished("warm up", 0, 1),
        finished("serve", 2, 3),
    ]);
    run.assert_spawned(&["serve"]);
    run.assert_took(3);
}

#[test]
fn start_after_load_starts_a_worker_that_waits_only_after_the_signal() {
    // The signal comes at 2, while the worker still warms up: nobody waits
    // yet. A signal that only wakes the tasks waiting at that moment is lost.
    let run = grade(|| start_after_load(4));

    run.assert_timeline(&[
        finished("load", 0, 2),
        finished("warm up", 0, 4),
        finished("serve", 4, 5),
    ]);
    run.assert_spawned(&["serve"]);
    run.assert_took(5);
}

#[test]
fn follow_config_uses_the_latest_value_at_every_request() {
    let updates = vec![(millis(500), 2), (millis(2500), 3), (millis(2700), 4)];
    let run = grade(|| follow_config(2, 4, updates));

    run.assert_value(
        vec![vec![1, 2, 2, 4], vec![1, 2, 2, 4]],
        "the configuration each worker used for each request: the value current when the \
         request started (3 was replaced by 4 before any request started)",
    );
    run.assert_timeline(&[
        finished("worker 1 config 1", 0, 1),
        finished("worker 1 config 2", 1, 2),
        finished("worker 1 config 2", 2, 3),
        finished("worker 1 config 4", 3, 4),
        finished("worker 2 config 1", 0, 1),
        finished("worker 2 config 2", 1, 2),
        finished("worker 2 config 2", 2, 3),
        finished("worker 2 config 4", 3, 4),
    ]);
    run.assert_spawned(&["worker 1 config 1", "worker 2 config 1"]);
    run.assert_took(4);
}

#[test]
fn follow_config_without_updates_keeps_the_first_value() {
    let run = grade(|| follow_config(3, 2, Vec::new()));

    run.assert_value(
        vec![vec![1, 1], vec![1, 1], vec![1, 1]],
        "with no update, every request uses the first configuration",
    );
    run.assert_max_concurrency(3);
    run.assert_took(2);
}

#[test]
fn follow_config_with_an_update_after_the_last_request_started() {
    let updates = vec![(millis(1500), 7), (millis(3500), 9)];
    let run = grade(|| follow_config(1, 3, updates));

    run.assert_value(
        vec![vec![1, 1, 7]],
        "the configurations used: the update at 1.5 is seen by the request at 2; the one at \
         3.5 comes after the last request started",
    );
    run.assert_took_exactly(millis(3500));
}

#[test]
fn publish_tells_a_slow_reader_how_many_messages_it_missed() {
    let run = grade(|| publish(vec![1, 2, 3, 4, 5, 6], vec![millis(500), millis(4500)]));

    run.assert_value(
        vec![heard(&[1, 2, 3, 4, 5, 6], 0), heard(&[1, 4, 5, 6], 2)],
        "what each reader read and missed: the slow one was reading message 1 until 4.5; by \
         then 2, 3, 4 and 5 were sent, the channel kept only the last 2, so it missed 2 and 3",
    );
    run.assert_spawned(&["reader 1 read 1", "reader 2 read 1"]);
    run.assert_eq(
        (run.task("reader 2 read 4").start, run.task("reader 2 read 6").end),
        (millis(4500), units(18)),
        "when the slow reader read message 4 and finished message 6: it goes on after being \
         told what it missed, and reads what is left after the channel is closed",
    );
    run.assert_took(18);
}

#[test]
fn publish_counts_every_missed_message_of_every_lag() {
    let run = grade(|| publish(vec![10, 20, 30, 40, 50, 60, 70], vec![millis(3500)]));

    run.assert_value(
        vec![heard(&[10, 30, 60, 70], 3)],
        "what the reader read and missed: at 3.5 it had missed 20, at 7 it had missed 40 and \
         50: 3 messages, in two lags",
    );
    run.assert_took(14);
}

#[test]
fn start_together_starts_every_worker_at_the_same_instant() {
    let run = grade(|| start_together(vec![3, 1, 2]));

    run.assert_timeline(&[
        finished("prepare 1", 0, 3),
        finished("prepare 2", 0, 1),
        finished("prepare 3", 0, 2),
        finished("all ready", 3, 3),
        finished("run 1", 3, 4),
        finished("run 2", 3, 4),
        finished("run 3", 3, 4),
    ]);
    run.assert_spawned(&["run 1", "run 2", "run 3"]);
    run.assert_spawned(&["all ready"]);
    run.assert_took(4);
}

#[test]
fn start_together_with_four_workers() {
    let run = grade(|| start_together(vec![2, 5, 1, 4]));

    run.assert_timeline(&[
        finished("prepare 1", 0, 2),
        finished("prepare 2", 0, 5),
        finished("prepare 3", 0, 1),
        finished("prepare 4", 0, 4),
        finished("all ready", 5, 5),
        finished("run 1", 5, 6),
        finished("run 2", 5, 6),
        finished("run 3", 5, 6),
        finished("run 4", 5, 6),
    ]);
    run.assert_took(6);
}

#[test]
fn start_together_with_one_worker_does_not_wait() {
    let run = grade(|| start_together(vec![2]));

    run.assert_timeline(&[
        finished("prepare 1", 0, 2),
        finished("all ready", 2, 2),
        finished("run 1", 2, 3),
    ]);
    run.assert_took(3);
}

/// Runs `count_visits` while another task reads the counter half a unit
/// after each whole unit, `samples` times; returns what it returned and
/// what the reads saw.
async fn count_while_reading(visitors: usize, pages: u32, samples: u64) -> (u64, Vec<u64>) {
    let counter = Arc::new(Mutex::new(0));
    let start = Instant::now();
    let reader = tokio::spawn({
        let counter = Arc::clone(&counter);
        async move {
            let mut seen = Vec::new();
            for sample in 0..samples {
                sleep_until(start + units(sample) + millis(500)).await;
                seen.push(*counter.lock().await);
            }
            seen
        }
    });
    let total = count_visits(counter, visitors, pages).await;
    (total, reader.await.expect("the reading task panicked"))
}

#[test]
fn count_visits_counts_each_visit_as_it_ends() {
    let run = grade(|| count_while_reading(3, 4, 4));

    let (total, seen) = run.value.clone();
    run.assert_eq(total, 12, "the count you returned: 3 visitors of 4 pages");
    run.assert_eq(
        seen,
        vec![0, 3, 6, 9],
        "the counter as another task read it at 0.5, 1.5, 2.5 and 3.5: each visit counted as \
         soon as it ends, none lost",
    );
    run.assert_max_concurrency(3);
    run.assert_spawned(&["visitor 1 page 1", "visitor 3 page 4"]);
    run.assert_took(4);
}

#[test]
fn count_visits_with_five_visitors_of_two_pages() {
    let run = grade(|| count_while_reading(5, 2, 2));

    let (total, seen) = run.value.clone();
    run.assert_eq(total, 10, "the count you returned: 5 visitors of 2 pages");
    run.assert_eq(seen, vec![0, 5], "the counter as another task read it at 0.5 and 1.5");
    run.assert_max_concurrency(5);
    run.assert_took(2);
}

#[test]
fn counter_actor_serves_one_client_in_order() {
    let run = grade(|| async {
        let (requests, inbox) = mpsc::channel(8);
        let actor = tokio::spawn(timed(counter_actor(inbox)));
        let replies = (add(&requests, 5).await, add(&requests, 7).await, get(&requests).await);
        drop(requests);
        (replies, actor.await.expect("the actor panicked"))
    });

    let (replies, (total, returned)) = run.value;
    run.assert_eq(replies, (5, 12, 12), "the replies to add 5, add 7 and get");
    run.assert_eq(total, 12, "what the actor returned: the final total");
    run.assert_eq(
        returned,
        units(2),
        "when the actor returned: at 2, as soon as the last sender was dropped",
    );
    run.assert_timeline(&[finished("save 5", 0, 1), finished("save 12", 1, 2)]);
}

#[test]
fn counter_actor_serves_concurrent_clients_one_request_at_a_time() {
    let run = grade(|| async {
        let (requests, inbox) = mpsc::channel(8);
        let actor = tokio::spawn(timed(counter_actor(inbox)));
        let clients: Vec<_> = [2, 3, 4]
            .into_iter()
            .map(|amount| {
                let requests = requests.clone();
                tokio::spawn(async move { timed(add(&requests, amount)).await })
            })
            .collect();
        let mut replies = Vec::new();
        for client in clients {
            replies.push(client.await.expect("a client panicked"));
        }
        let last = get(&requests).await;
        drop(requests);
        (replies, last, actor.await.expect("the actor panicked"))
    });

    let (replies, last, (total, returned)) = run.value.clone();
    run.assert_eq(
        replies,
        vec![(2, units(1)), (5, units(2)), (9, units(3))],
        "each client's reply and when it came: the requests are served one at a time, in the \
         order they arrived, each reply after its save",
    );
    run.assert_eq((last, total), (9, 9), "the total a get saw at the end, and the actor returned");
    run.assert_eq(returned, units(3), "when the actor returned: when the last sender was dropped");
    run.assert_timeline(&[
        finished("save 2", 0, 1),
        finished("save 5", 1, 2),
        finished("save 9", 2, 3),
    ]);
    run.assert_eq(tasks_of(&run, "save ").len(), 1, "how many tasks saved: the actor alone");
}

#[test]
fn counter_actor_waits_for_the_last_sender() {
    let run = grade(|| async {
        let start = Instant::now();
        let (requests, inbox) = mpsc::channel::<Request>(8);
        let actor = tokio::spawn(timed(counter_actor(inbox)));
        let late = requests.clone();
        drop(requests);
        // One client still holds a sender, quiet, until 3; then asks.
        sleep_until(start + units(3)).await;
        let reply = get(&late).await;
        drop(late);
        (reply, actor.await.expect("the actor panicked"))
    });

    run.assert_eq(
        run.value,
        (0, (0, units(3))),
        "the get's reply, what the actor returned and when: a quiet client still holding a \
         sender keeps the actor alive until it lets go at 3",
    );
}

#[test]
fn counter_actor_with_no_clients_returns_at_once() {
    let run = grade(|| async {
        let (requests, inbox) = mpsc::channel::<Request>(8);
        drop(requests);
        counter_actor(inbox).await
    });

    run.assert_value(0, "the total when nobody asked anything");
    run.assert_took(0);
}
