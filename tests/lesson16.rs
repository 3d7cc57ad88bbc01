//! Lesson 16: signals between tasks and shared state.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use timeline::grade::{Gen, Grader, Observed, Run, finished, grade, scenarios, timed, units};
use tokio::sync::{Mutex, mpsc};
use tokio::time::{Instant, sleep_until, timeout};

use crate::exercise::{
    Heard, Request, add, count_visits, counter_actor, follow_config, get, publish,
    start_after_load, start_together,
};
use crate::reference;

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

/// The grader for a signal between tasks: a hang there is most often a
/// wake-up lost on a `Notify`.
fn signalling() -> Grader {
    Grader::new().if_it_hangs(
        "The worker never heard the signal. If it waits on a `Notify`: `notify_waiters()` \
         wakes only the tasks waiting at that moment, so a worker that calls `notified()` \
         later never wakes (the lost wake-up); `notify_one()` keeps a permit for the next \
         waiter when nobody waits yet.",
    )
}

#[test]
fn start_after_load_starts_a_worker_that_is_already_waiting() {
    let run = signalling().run(|| start_after_load(units(1)));

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
    let run = signalling().run(|| start_after_load(units(4)));

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
    let run = grade(|| start_together(vec![units(3), units(1), units(2)]));

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
    let run = grade(|| start_together(vec![units(2), units(5), units(1), units(4)]));

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
    let run = grade(|| start_together(vec![units(2)]));

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

    run.assert_took(4);
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
}

#[test]
fn count_visits_with_five_visitors_of_two_pages() {
    let run = grade(|| count_while_reading(5, 2, 2));

    run.assert_took(2);
    let (total, seen) = run.value.clone();
    run.assert_eq(total, 10, "the count you returned: 5 visitors of 2 pages");
    run.assert_eq(seen, vec![0, 5], "the counter as another task read it at 0.5 and 1.5");
    run.assert_max_concurrency(5);
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

// Scenario tests: each exercise on generated inputs, compared with the
// reference solution: the value, every span and when it returned. Warm-ups,
// preparations, paces and update times that differ and fall between whole
// units (and sometimes tie); any number of workers, readers, visitors and
// clients, none included; counters that do not start at 0; clients that
// stop waiting for their reply.

#[test]
fn start_after_load_matches_the_reference_on_generated_warm_ups() {
    scenarios().grader(signalling()).compare(
        generated_time,
        start_after_load,
        reference::start_after_load,
    );
}

#[test]
fn follow_config_matches_the_reference_on_generated_updates() {
    scenarios().compare(
        generated_config,
        |(workers, requests, updates)| follow_config(workers, requests, updates),
        |(workers, requests, updates)| reference::follow_config(workers, requests, updates),
    );
}

#[test]
fn publish_matches_the_reference_on_generated_paces() {
    scenarios().compare(
        generated_messages,
        |(messages, paces)| publish(messages, paces),
        |(messages, paces)| reference::publish(messages, paces),
    );
}

#[test]
fn start_together_matches_the_reference_on_generated_preparations() {
    // Which worker leads is left open: the "all ready" row is compared, not
    // the task it ran in, as long as that is one of the workers'.
    scenarios().compare_by(
        generated_preparations,
        start_together,
        reference::start_together,
        workers_and_rows,
    );
}

#[test]
fn count_visits_matches_the_reference_on_generated_visits() {
    scenarios().compare(
        generated_visits,
        |visits| counted_while_read(count_visits, visits),
        |visits| counted_while_read(reference::count_visits, visits),
    );
}

#[test]
fn counter_actor_matches_the_reference_on_generated_clients() {
    scenarios().compare(
        generated_clients,
        |clients| serve_clients(counter_actor, clients),
        |clients| serve_clients(reference::counter_actor, clients),
    );
}

// The machinery of the scenario tests.

/// 0 to 5 units: half the time a whole number of units (a warm-up or a
/// preparation that ends with the load, or with another one), otherwise
/// anywhere between.
fn generated_time(g: &mut Gen) -> Duration {
    g.duration(Duration::ZERO, units(5), units(1))
}

/// A time that is never a whole number of units: 0.001 to 4.999 units.
fn between_units(g: &mut Gen) -> Duration {
    let millis = g.between(1, 4998);
    Duration::from_millis(millis + u64::from(millis.is_multiple_of(1000)))
}

/// 0 to 3 workers of 0 to 4 requests, and 0 to 4 updates (values that may
/// repeat) at sorted times that never tie with a request's start.
fn generated_config(g: &mut Gen) -> (usize, u32, Vec<(Duration, u32)>) {
    let workers = g.between(0, 3) as usize;
    let requests = g.between(0, 4) as u32;
    let count = g.between(0, g.size().min(4) as u64) as usize;
    let mut updates = g.items(count, |g| (between_units(g), g.between(2, 9) as u32));
    updates.sort_by_key(|(at, _)| *at);
    (workers, requests, updates)
}

/// 0 to 6 messages (values that may repeat) and 0 to 3 readers, each with a
/// pace of 1 ms to 5 units that no number of reads up to 8 turns into whole
/// units, so that no read ends on the instant a message is sent.
fn generated_messages(g: &mut Gen) -> (Vec<u32>, Vec<Duration>) {
    let count = g.between(0, g.size().min(6) as u64) as usize;
    let messages = g.items(count, |g| g.between(1, 99) as u32);
    let readers = g.between(0, 3) as usize;
    let paces = g.items(readers, |g| {
        let millis = g.between(1, 5000);
        Duration::from_millis(if millis.is_multiple_of(25) { millis + 1 } else { millis })
    });
    (messages, paces)
}

/// 0 to 8 workers, each preparing for its own time (some tie).
fn generated_preparations(g: &mut Gen) -> Vec<Duration> {
    let count = g.count();
    g.items(count, generated_time)
}

/// What `start_together` must show whichever worker leads: the usual
/// observation, whether each worker prepared and ran in one task of its
/// own, and whether every "all ready" ran in a worker's task.
fn workers_and_rows(run: &Run<()>) -> (Observed, bool, bool) {
    let spans = run.timeline.spans();
    let task =
        |label: String| spans.iter().find(|row| row.label == label).map(|row| &row.tokio_task);
    let workers: Vec<_> = (1..).map_while(|worker| task(format!("prepare {worker}"))).collect();
    let own_tasks = workers.iter().enumerate().all(|(index, prepared)| {
        prepared.is_some() && task(format!("run {}", index + 1)) == Some(*prepared)
    });
    let announced = spans.iter().filter(|row| row.label == "all ready");
    let by_a_worker = announced.into_iter().all(|row| workers.contains(&&row.tokio_task));
    (Observed::of(run), own_tasks, by_a_worker)
}

/// A counter that did not start at 0, its visitors and pages, and when
/// another task reads it.
#[derive(Clone, Debug)]
struct Visits {
    counted: u64,
    visitors: usize,
    pages: u32,
    reads: Vec<Duration>,
}

/// A counter at 0 to 50, 0 to 5 visitors of 0 to 4 pages, and 1 to 4 reads
/// at odd quarters of a unit, so that none ties with a visit's end.
fn generated_visits(g: &mut Gen) -> Visits {
    let counted = if g.chance(20) { 0 } else { g.between(1, 50) };
    let (visitors, pages) = (g.between(0, 5) as usize, g.between(0, 4) as u32);
    let reads = (0..g.between(1, 4)).map(|_| millis(250 * (2 * g.between(0, 9) + 1))).collect();
    Visits { counted, visitors, pages, reads }
}

/// Runs `count` on a counter that starts at `visits.counted` while another
/// task reads it at each of `visits.reads`; what `count` returned, and what
/// the reads saw.
async fn counted_while_read<Fut>(
    count: fn(Arc<Mutex<u64>>, usize, u32) -> Fut,
    visits: Visits,
) -> (u64, Vec<u64>)
where
    Fut: Future<Output = u64>,
{
    let counter = Arc::new(Mutex::new(visits.counted));
    let start = Instant::now();
    let reader = tokio::spawn({
        let counter = Arc::clone(&counter);
        async move {
            let mut seen = Vec::new();
            for at in visits.reads {
                sleep_until(start + at).await;
                seen.push(*counter.lock().await);
            }
            seen
        }
    });
    let total = count(counter, visits.visitors, visits.pages).await;
    (total, reader.await.expect("the reading task panicked"))
}

/// A client of the counter actor: when it asks, what, and how long it
/// waits for the reply before it gives up (`None`: as long as it takes).
#[derive(Clone, Debug)]
struct Client {
    at: Duration,
    /// `Some(amount)` adds; `None` gets.
    adds: Option<u64>,
    patience: Option<Duration>,
}

/// The clients, and the capacity of the actor's channel.
#[derive(Clone, Debug)]
struct Clients {
    clients: Vec<Client>,
    capacity: usize,
}

/// 0 to 8 clients asking at their own times (some at once), mostly adds
/// of 0 to 9, some gets; one in four gives up waiting after a while, often
/// before its reply comes. The channel holds 1 to 4 requests.
fn generated_clients(g: &mut Gen) -> Clients {
    let count = g.count();
    let clients = g.items(count, |g| Client {
        at: g.duration(Duration::ZERO, units(4), units(1)),
        adds: g.chance(70).then(|| g.between(0, 9)),
        patience: g
            .chance(25)
            .then(|| g.duration(Duration::ZERO, units(3), Duration::from_millis(500))),
    });
    Clients { clients, capacity: g.between(1, 4) as usize }
}

/// What each client heard (the reply and when, or `None`: it gave up), and
/// what the actor returned and when.
type Served = (Vec<Option<(u64, Duration)>>, (u64, Duration));

/// Runs `actor` with `clients` in tasks of their own; each holds a sender
/// until it is done, so the actor can return once the last one is.
async fn serve_clients<Fut>(actor: fn(mpsc::Receiver<Request>) -> Fut, clients: Clients) -> Served
where
    Fut: Future<Output = u64> + Send + 'static,
{
    let start = Instant::now();
    let (requests, inbox) = mpsc::channel(clients.capacity);
    let actor = tokio::spawn(timed(actor(inbox)));
    let clients: Vec<_> = clients
        .clients
        .into_iter()
        .map(|client| {
            let requests = requests.clone();
            tokio::spawn(async move {
                sleep_until(start + client.at).await;
                let asked = async {
                    match client.adds {
                        Some(amount) => add(&requests, amount).await,
                        None => get(&requests).await,
                    }
                };
                let reply = match client.patience {
                    Some(patience) => timeout(patience, asked).await.ok(),
                    None => Some(asked.await),
                };
                reply.map(|reply| (reply, start.elapsed()))
            })
        })
        .collect();
    drop(requests);
    let mut heard = Vec::new();
    for client in clients {
        heard.push(client.await.expect("a client panicked"));
    }
    (heard, actor.await.expect("the actor panicked"))
}
