//! Lesson 24: async traits, async closures, and what spawn needs.
//!
//! A trait may have `async fn` methods, but then it cannot be used as
//! `dyn`, and code generic over it cannot spawn its futures: nothing says
//! they are `Send`. A method that returns a boxed future (`BoxFuture`) is
//! one type for every implementation, so a registry of `Box<dyn Handler>`
//! works; a method declared `-> impl Future<Output = T> + Send` promises
//! `Send` for every implementation. A helper that takes async work takes an
//! async closure (`impl AsyncFn() -> T`) and calls it once per try: a
//! future, like a coroutine object, runs once. And `tokio::spawn` takes
//! only futures that are `Send + 'static`: work over borrowed data runs
//! inside one future with `join_all` instead, and work that must be spawned
//! owns what it uses (an `Arc`, moved data). The last section prints what
//! the compiler says when those rules are broken.
//!
//! Run it: `cargo run -p lesson-24` (real clock) or
//! `cargo run -p lesson-24 -- --virtual-clock` (exact and instant).

mod refusals;

use std::cell::Cell;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::StreamExt;
use futures::future::{BoxFuture, join_all};
use futures::stream::FuturesUnordered;
use timeline::lesson::{secs, section, time_and_draw};
use timeline::{Recorder, traced};
use tokio::time::sleep;

/// One unit of the story. 100 ms keeps the whole lesson near 2.5 seconds.
const UNIT: Duration = Duration::from_millis(100);

fn main() -> anyhow::Result<()> {
    timeline::lesson::run(
        "Lesson 24: async traits, async closures, and what spawn needs",
        UNIT,
        lesson,
    )?;
    Ok(())
}

async fn lesson(recorder: Recorder) {
    section(1, "A registry of Box<dyn Handler>: boxed futures");
    let registry = registry();
    let requests = [("/search", "rust"), ("/shop", "tea"), ("/search", "tokio")];
    let (replies, took) = time_and_draw(&recorder, one_at_a_time(&registry, &requests)).await;
    println!("one at a time: {replies:?} in {}", secs(took));
    let (replies, took) = time_and_draw(&recorder, all_at_once(&registry, &requests)).await;
    println!("all at once:   {replies:?} in {}", secs(took));
    println!("two types of handler, one type of future: Pin<Box<dyn Future + Send + '_>>.");

    section(2, "A Send promise in the trait: -> impl Future + Send");
    let store = Arc::new(Shelf);
    let (loaded, took) = time_and_draw(&recorder, load_in_tasks(store, &["tea", "rice"])).await;
    println!("loaded {loaded:?} in spawned tasks, in {}", secs(took));

    section(3, "Retry with an async closure: a new future for each try");
    let (outcome, took) = time_and_draw(&recorder, flaky_until_third()).await;
    println!(
        "{outcome:?} after {}: three calls, one unit of waiting after each failure",
        secs(took)
    );

    section(4, "Borrowed work joined, owned work spawned");
    let names = vec!["ann".to_string(), "bob".to_string(), "cy".to_string()];
    let directory = directory();
    let (numbers, took) = time_and_draw(&recorder, look_up_joined(&directory, &names)).await;
    println!("join_all over borrowed names: {numbers:?} in {}, in the order asked", secs(took));
    let (numbers, took) = time_and_draw(&recorder, look_up_as_done(&directory, &names)).await;
    println!("FuturesUnordered:             {numbers:?} in {}, in the order done", secs(took));
    let totals = Arc::new(Mutex::new(BTreeMap::new()));
    let pages = vec!["home".to_string(), "faq".to_string()];
    let ((), took) = time_and_draw(&recorder, tally_spawned(&totals, &pages)).await;
    let totals = totals.lock().expect("no task panicked").clone();
    println!("spawned, owning their data: {totals:?} in {}", secs(took));

    section(5, "What the compiler says");
    for refusal in refusals::REFUSALS {
        let verdict = if refusal.refused { "refused" } else { "a warning" };
        println!("{} (src/refused/{}), {verdict}:", refusal.tries, refusal.file);
        for line in refusal.says {
            println!("    {line}");
        }
    }
    println!("(tests/compiler_says.rs compiles each file and finds these lines in rustc's output)");
}

// ANCHOR: handler
/// Something that serves one route. `handle` returns a boxed future rather
/// than being an `async fn`, so that `dyn Handler` is allowed: every
/// implementation returns the same type.
trait Handler: Send + Sync {
    fn route(&self) -> &'static str;
    fn handle<'a>(&'a self, body: &'a str) -> BoxFuture<'a, String>;
}

struct Search;

impl Handler for Search {
    fn route(&self) -> &'static str {
        "/search"
    }

    fn handle<'a>(&'a self, body: &'a str) -> BoxFuture<'a, String> {
        // The body an `async fn` would have, in a boxed `async move` block.
        Box::pin(async move {
            traced(&format!("search {body}"), sleep(2 * UNIT)).await;
            format!("found {body}")
        })
    }
}
// ANCHOR_END: handler

/// A second type of handler, in the same registry.
struct Shop {
    stock: u32,
}

impl Handler for Shop {
    fn route(&self) -> &'static str {
        "/shop"
    }

    fn handle<'a>(&'a self, body: &'a str) -> BoxFuture<'a, String> {
        Box::pin(async move {
            traced(&format!("shop {body}"), sleep(UNIT)).await;
            format!("{} {body} in stock", self.stock)
        })
    }
}

// ANCHOR: registry
fn registry() -> Vec<Box<dyn Handler>> {
    vec![Box::new(Search), Box::new(Shop { stock: 3 })]
}

/// From the end: the handler registered last for a route serves it, as the
/// last `routes[route] = handler` does in Python.
fn find<'a>(registry: &'a [Box<dyn Handler>], route: &str) -> &'a dyn Handler {
    let found = registry.iter().rev().find(|handler| handler.route() == route);
    found.expect("every route in this story has a handler").as_ref()
}

async fn one_at_a_time(registry: &[Box<dyn Handler>], requests: &[(&str, &str)]) -> Vec<String> {
    let mut replies = Vec::new();
    for &(route, body) in requests {
        replies.push(find(registry, route).handle(body).await);
    }
    replies
}

async fn all_at_once(registry: &[Box<dyn Handler>], requests: &[(&str, &str)]) -> Vec<String> {
    let calls = requests.iter().map(|&(route, body)| find(registry, route).handle(body));
    join_all(calls).await
}
// ANCHOR_END: registry

// ANCHOR: store
/// A trait whose method promises a `Send` future in its declaration: code
/// generic over it may spawn that future. An implementation may still write
/// `async fn load`; the compiler checks that its future is `Send`.
trait Store {
    fn load(&self, key: &str) -> impl Future<Output = String> + Send;
}

struct Shelf;

impl Store for Shelf {
    async fn load(&self, key: &str) -> String {
        traced(&format!("load {key}"), sleep(UNIT)).await;
        format!("{key} from the shelf")
    }
}

/// Each load in a task of its own: the task owns its `Arc` and its key.
async fn load_in_tasks<S: Store + Send + Sync + 'static>(
    store: Arc<S>,
    keys: &[&str],
) -> Vec<String> {
    let tasks: Vec<_> = keys
        .iter()
        .map(|key| {
            let store = Arc::clone(&store);
            let key = key.to_string();
            tokio::spawn(async move { store.load(&key).await })
        })
        .collect();
    let mut loaded = Vec::new();
    for task in tasks {
        loaded.push(task.await.expect("a load panicked"));
    }
    loaded
}
// ANCHOR_END: store

// ANCHOR: retry
/// Calls `f` until it returns `Ok`, at most `attempts` times, waiting `wait`
/// after each failure but the last. `f().await` makes a new future each
/// time: the one before was used up by its `.await`.
async fn retry_every<T, E>(
    attempts: u32,
    wait: Duration,
    f: impl AsyncFn() -> Result<T, E>,
) -> Result<T, E> {
    let mut outcome = f().await;
    for _ in 1..attempts {
        if outcome.is_ok() {
            break;
        }
        traced("wait", sleep(wait)).await;
        outcome = f().await;
    }
    outcome
}

async fn flaky_until_third() -> Result<String, String> {
    // The closure borrows `calls`, a local: nothing here is 'static.
    let calls = Cell::new(0);
    let flaky = async || {
        calls.set(calls.get() + 1);
        let call = calls.get();
        traced(&format!("call {call}"), sleep(UNIT)).await;
        if call < 3 {
            Err(format!("call {call} failed"))
        } else {
            Ok(format!("call {call} worked"))
        }
    };
    retry_every(5, UNIT, flaky).await
}
// ANCHOR_END: retry

fn directory() -> BTreeMap<String, (u32, u32)> {
    // name: (number, units to look it up)
    BTreeMap::from([
        ("ann".to_string(), (4021, 3)),
        ("bob".to_string(), (7730, 1)),
        ("cy".to_string(), (5512, 2)),
    ])
}

async fn look_up(directory: &BTreeMap<String, (u32, u32)>, name: &str) -> u32 {
    let (number, units) = directory[name];
    traced(name, sleep(units * UNIT)).await;
    number
}

// ANCHOR: joined
/// Every lookup borrows `directory` and a name, and runs inside this one
/// future: no task, so nothing needs to be `'static`.
async fn look_up_joined(directory: &BTreeMap<String, (u32, u32)>, names: &[String]) -> Vec<u32> {
    join_all(names.iter().map(|name| look_up(directory, name))).await
}

/// The same, taking each number as its lookup ends.
async fn look_up_as_done(directory: &BTreeMap<String, (u32, u32)>, names: &[String]) -> Vec<u32> {
    let lookups: FuturesUnordered<_> = names.iter().map(|name| look_up(directory, name)).collect();
    lookups.collect().await
}
// ANCHOR_END: joined

// ANCHOR: spawned
/// Each task owns a clone of the `Arc` and its page: `Send + 'static`. The
/// lock is taken after the `.await`, and let go before the next one.
async fn tally_spawned(totals: &Arc<Mutex<BTreeMap<String, u64>>>, pages: &[String]) {
    let tasks: Vec<_> = pages
        .iter()
        .map(|page| {
            let totals = Arc::clone(totals);
            let page = page.clone();
            tokio::spawn(async move {
                let letters = page.len() as u32;
                traced(&page, sleep(letters * UNIT)).await;
                *totals.lock().expect("no task panicked").entry(page).or_insert(0) +=
                    u64::from(letters) * 100;
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("a tally panicked");
    }
}
// ANCHOR_END: spawned
