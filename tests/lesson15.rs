//! Lesson 15: threads too: the multi-thread runtime.
//!
//! The grader runs on a current-thread runtime, where the paused clock
//! lives, and what is graded here goes wrong on one thread already: a check
//! and an act with an `.await` between them, a count read before an
//! `.await` and written after it, a task-local a spawned task never sees.
//! On one thread, tasks first run in the order they were spawned, so the
//! first buyers spawned are the first to find a ticket. The stress tests
//! at the end run three exercises on two worker threads as well, where two
//! lockings with no `.await` between them are not one step.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use timeline::grade::{Gen, Run, finished, grade, scenarios, stress};
use tokio::time::{Instant, sleep_until};

use crate::exercise::{REQUEST_ID, fill_notebook, handle_request, sell_tickets, visit};
use crate::reference;

/// The texts as owned strings, as the exercises return them.
fn strings(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|text| text.to_string()).collect()
}

/// Neither sorted nor in any order but their own.
const BUYERS: [&str; 5] = ["zoe", "max", "ann", "kim", "bob"];

#[test]
fn sell_tickets_never_sells_more_tickets_than_there_are() {
    let run = grade(|| sell_tickets(3, BUYERS.to_vec()));

    run.assert_value(
        vec!["zoe", "max", "ann"],
        "3 tickets for 5 buyers: the first three, who found a ticket left, in the order of \
         the buyers; kim and bob found none",
    );
    run.assert_timeline(&[finished("zoe", 0, 1), finished("max", 0, 1), finished("ann", 0, 1)]);
    run.assert_spawned(&["zoe", "max", "ann"]);
    run.assert_took(1);
}

#[test]
fn sell_tickets_serves_every_buyer_when_there_are_tickets_enough() {
    let run = grade(|| sell_tickets(10, vec!["kim", "ann"]));

    run.assert_value(vec!["kim", "ann"], "every buyer, in the order of the buyers");
    run.assert_timeline(&[finished("kim", 0, 1), finished("ann", 0, 1)]);
    run.assert_took(1);
}

#[test]
fn sell_tickets_takes_no_payment_when_there_are_no_tickets() {
    let run = grade(|| sell_tickets(0, vec!["max", "zoe"]));

    run.assert_value(vec![], "nobody: there were no tickets");
    run.assert_timeline(&[]);
    run.assert_took(0);
}

/// Starts one task per visit with `tokio::spawn`, so that each visit must be
/// `Send`, all at once on `hits`; returns each visit's number, in the order
/// of `pages`, and the hits once every visit is done.
async fn visit_all(
    hits: BTreeMap<&'static str, u64>,
    pages: Vec<&'static str>,
) -> (Vec<u64>, BTreeMap<&'static str, u64>) {
    let hits = Arc::new(Mutex::new(hits));
    let visits: Vec<_> =
        pages.into_iter().map(|page| tokio::spawn(visit(Arc::clone(&hits), page))).collect();
    let mut numbers = Vec::new();
    for visit in visits {
        numbers.push(visit.await.expect("a visit panicked"));
    }
    let hits = hits.lock().expect("a visit panicked while holding the lock").clone();
    (numbers, hits)
}

#[test]
fn visit_numbers_each_visitor_of_a_page_and_serves_them_all_at_once() {
    let run = grade(|| visit_all(BTreeMap::new(), vec!["/home", "/about", "/home", "/home"]));

    run.assert_value(
        (vec![1, 1, 2, 3], BTreeMap::from([("/about", 1), ("/home", 3)])),
        "each visit's number (/home's visitors 1, 2 and 3, /about's visitor 1), then the hits \
         with every visit counted",
    );
    run.assert_timeline(&[
        finished("serve /home", 0, 1),
        finished("serve /about", 0, 1),
        finished("serve /home", 0, 1),
        finished("serve /home", 0, 1),
    ]);
    run.assert_took(1);
}

#[test]
fn visit_loses_no_hit_among_a_hundred_visits_at_once() {
    let counted_before = BTreeMap::from([("/home", 40), ("/shop", 7)]);
    let pages: Vec<&'static str> =
        ["/home", "/shop", "/home", "/help"].into_iter().cycle().take(100).collect();
    let run = grade(|| visit_all(counted_before, pages));

    let (numbers, hits) = &run.value;
    run.assert_eq(
        hits.clone(),
        BTreeMap::from([("/help", 25), ("/home", 90), ("/shop", 32)]),
        "every one of the 100 visits counted: /home 40 + 50, /shop 7 + 25, /help 25",
    );
    // Every other visit, from the first, is to /home.
    let mut home: Vec<u64> = numbers.iter().step_by(2).copied().collect();
    home.sort_unstable();
    run.assert_eq(home, (41..=90).collect(), "/home's 50 visitors numbered 41 to 90, once each");
    run.assert_max_concurrency(100);
    run.assert_took(1);
}

#[test]
fn handle_request_passes_the_request_id_on_to_every_lookup() {
    let run = grade(|| REQUEST_ID.scope(7, handle_request(vec!["cart", "user", "stock"])));

    run.assert_value(
        strings(&["cart for request 7", "user for request 7", "stock for request 7"]),
        "every lookup for request 7, in the order of the items",
    );
    run.assert_timeline(&[finished("cart", 0, 1), finished("user", 0, 1), finished("stock", 0, 1)]);
    run.assert_spawned(&["cart", "user", "stock"]);
    run.assert_took(1);
}

#[test]
fn handle_request_keeps_two_requests_at_once_apart() {
    let run = grade(|| async {
        tokio::join!(
            REQUEST_ID.scope(7, handle_request(vec!["cart", "user"])),
            REQUEST_ID.scope(8, handle_request(vec!["stock"])),
        )
    });

    run.assert_value(
        (
            strings(&["cart for request 7", "user for request 7"]),
            vec!["stock for request 8".to_string()],
        ),
        "request 7's lookups for request 7 and request 8's for request 8",
    );
    run.assert_spawned(&["cart", "user", "stock"]);
    run.assert_took(1);
}

#[test]
fn handle_request_outside_any_request_looks_up_for_no_request() {
    let run = grade(|| handle_request(vec!["user", "cart"]));

    run.assert_value(
        strings(&["user for no request", "cart for no request"]),
        "the lookups for no request: there is no request id to pass on, and that is no error",
    );
    run.assert_spawned(&["user", "cart"]);
    run.assert_took(1);
}

#[test]
fn fill_notebook_writes_every_job_at_once_in_a_task_of_its_own() {
    let run = grade(|| fill_notebook(vec![("draft", 3), ("outline", 1), ("index", 2)]));

    run.assert_value(
        strings(&["outline", "index", "draft"]),
        "every job's line, in the order they were written: not the jobs' order, not sorted",
    );
    run.assert_timeline(&[
        finished("draft", 0, 3),
        finished("outline", 0, 1),
        finished("index", 0, 2),
    ]);
    run.assert_spawned(&["draft", "outline", "index"]);
    run.assert_took(3);
}

#[test]
fn fill_notebook_with_no_jobs_returns_an_empty_notebook_at_once() {
    let run = grade(|| fill_notebook(vec![]));

    run.assert_value(vec![], "no lines: there were no jobs");
    run.assert_took(0);
}

// Stress tests: three exercises on two worker threads, where code between
// two `.await`s is no longer alone, run thousands of times on generated
// scenarios. Which task runs on which thread, and so which buyer finds a
// ticket, changes from run to run; what the spec fixes does not (how many
// tickets, in which order; the numbers each page gave; the order of the
// results), and only that is compared with the reference.

#[test]
fn sell_tickets_never_oversells_and_keeps_the_buyers_order_on_two_worker_threads() {
    stress().compare_by(
        contended_sale,
        |(tickets, buyers)| selling(sell_tickets, tickets, buyers),
        |(tickets, buyers)| selling(reference::sell_tickets, tickets, buyers),
        sale,
    );
}

#[test]
fn visit_counts_every_visit_once_on_two_worker_threads() {
    stress().compare_by(
        busy_pages,
        |(counted, pages)| visit_all_of(visit, counted, pages),
        |(counted, pages)| visit_all_of(reference::visit, counted, pages),
        counts,
    );
}

#[test]
fn handle_request_keeps_the_order_of_the_items_on_two_worker_threads() {
    stress().compare_by(
        generated_requests,
        |requests| handle_at_once(handle_request, requests),
        |requests| handle_at_once(reference::handle_request, requests),
        |run| run.value.clone(),
    );
}

// Scenario tests: each exercise on generated inputs on one thread, with
// the paused clock, compared with the reference solution: the value, every
// span and when it returned. Sales where tickets run out and where they
// never do, names that repeat; hits already counted, visits that start at
// their own times while another task reads the hits; lookups for several
// requests at once, with and without an id; jobs of 0 to 4 units.

#[test]
fn sell_tickets_matches_the_reference_on_generated_sales() {
    scenarios().compare(
        generated_sale,
        |(tickets, buyers)| sell_tickets(tickets, buyers),
        |(tickets, buyers)| reference::sell_tickets(tickets, buyers),
    );
}

#[test]
fn visit_matches_the_reference_on_generated_days() {
    scenarios().compare(
        generated_day,
        |day| a_day_of_visits(visit, day),
        |day| a_day_of_visits(reference::visit, day),
    );
}

#[test]
fn handle_request_matches_the_reference_on_generated_requests() {
    scenarios().compare(
        generated_requests,
        |requests| handle_at_once(handle_request, requests),
        |requests| handle_at_once(reference::handle_request, requests),
    );
}

#[test]
fn fill_notebook_matches_the_reference_on_generated_jobs() {
    scenarios().compare(generated_jobs, fill_notebook, reference::fill_notebook);
}

// The machinery of the scenario and stress tests.

/// A page's hits, as `visit` counts them.
type Hits = BTreeMap<&'static str, u64>;

/// The buyers of a sale, and those who got a ticket.
#[derive(Debug)]
struct Sold {
    buyers: Vec<&'static str>,
    sold: Vec<&'static str>,
}

/// Runs `sell` on a sale and keeps its buyers beside what it sold.
async fn selling<Fut>(
    sell: fn(u32, Vec<&'static str>) -> Fut,
    tickets: u32,
    buyers: Vec<&'static str>,
) -> Sold
where
    Fut: Future<Output = Vec<&'static str>>,
{
    let sold = sell(tickets, buyers.clone()).await;
    Sold { buyers, sold }
}

/// What a sale must come to whichever buyers got the tickets.
#[derive(Debug)]
#[allow(dead_code)] // Read through `Debug`, when the test compares it.
struct Sale {
    tickets_sold: usize,
    in_the_order_of_the_buyers: bool,
}

/// How many tickets a sale sold, and whether it returned them in the order
/// of the buyers (which buyers, the threads decide).
fn sale(run: &Run<Sold>) -> Sale {
    let Sold { buyers, sold } = &run.value;
    let mut rest = buyers.iter();
    let in_order = sold.iter().all(|buyer| rest.any(|other| other == buyer));
    Sale { tickets_sold: sold.len(), in_the_order_of_the_buyers: in_order }
}

/// More buyers than tickets, so that the last ticket is contended: 2 to
/// `size` buyers, names repeating, and 1 ticket to one fewer than buyers.
fn contended_sale(g: &mut Gen) -> (u32, Vec<&'static str>) {
    let buyers = g.count_from(2);
    let tickets = g.between(1, buyers as u64 - 1) as u32;
    (tickets, g.items(buyers, Gen::name))
}

/// 0 to 8 buyers, names repeating, and from no ticket to two more tickets
/// than buyers: tickets that run out, and tickets that never do.
fn generated_sale(g: &mut Gen) -> (u32, Vec<&'static str>) {
    let buyers = g.count();
    let tickets = g.between(0, buyers as u64 + 2) as u32;
    (tickets, g.items(buyers, Gen::name))
}

/// Visits `pages` on `counted` with `visit`, each in a task of its own
/// (`tokio::spawn`), all at once; each page with its visitor number, in
/// the order of `pages`, and the hits once every visit is done.
async fn visit_all_of<Fut>(
    visit: fn(Arc<Mutex<Hits>>, &'static str) -> Fut,
    counted: Hits,
    pages: Vec<&'static str>,
) -> (Vec<(&'static str, u64)>, Hits)
where
    Fut: Future<Output = u64> + Send + 'static,
{
    let hits = Arc::new(Mutex::new(counted));
    let visits: Vec<_> = pages
        .into_iter()
        .map(|page| (page, tokio::spawn(visit(Arc::clone(&hits), page))))
        .collect();
    let mut numbers = Vec::new();
    for (page, visit) in visits {
        numbers.push((page, visit.await.expect("a visit panicked")));
    }
    let hits = hits.lock().expect("a visit panicked while holding the lock").clone();
    (numbers, hits)
}

/// What visits must come to whichever thread ran which visit.
#[derive(Debug)]
#[allow(dead_code)] // Read through `Debug`, when the test compares it.
struct Counts {
    /// Each page's visitor numbers, sorted: which visitor got which number
    /// depends on who came first.
    numbers: BTreeMap<&'static str, Vec<u64>>,
    hits: Hits,
}

/// The visitor numbers each page gave, and the hits, from a run of visits.
fn counts(run: &Run<(Vec<(&'static str, u64)>, Hits)>) -> Counts {
    let (numbers, hits) = &run.value;
    let mut by_page: BTreeMap<&'static str, Vec<u64>> = BTreeMap::new();
    for (page, number) in numbers {
        by_page.entry(page).or_default().push(*number);
    }
    by_page.values_mut().for_each(|numbers| numbers.sort_unstable());
    Counts { numbers: by_page, hits: hits.clone() }
}

/// Hits already counted (not at 0), and 2 to `size` visits to two pages,
/// most to one of them, so that visits to one page overlap.
fn busy_pages(g: &mut Gen) -> (Hits, Vec<&'static str>) {
    let counted = Hits::from([("/home", g.between(0, 50)), ("/shop", g.between(1, 9))]);
    let visits = g.count_from(2);
    (counted, g.items(visits, |g| g.pick(&["/home", "/home", "/shop"])))
}

/// Hits counted before the day starts, each visit with the time it starts,
/// and the times at which another task reads the hits.
#[derive(Clone, Debug)]
struct Day {
    counted: Hits,
    visits: Vec<(Duration, &'static str)>,
    reads: Vec<Duration>,
}

/// Some pages already counted, some not; 0 to 8 visits to three pages,
/// each starting at a multiple of half a unit (several at once, and one
/// while another is still served); reads at odd quarters of a unit, so that
/// none ties with a visit's start.
fn generated_day(g: &mut Gen) -> Day {
    let pages = ["/home", "/shop", "/help"];
    let mut counted = Hits::new();
    for page in pages {
        if g.chance(60) {
            counted.insert(page, g.between(0, 40));
        }
    }
    let count = g.count();
    let visits = g.items(count, |g| (millis(500 * g.between(0, 4)), g.pick(&pages)));
    let reads = (0..g.between(1, 4)).map(|_| millis(250 * (2 * g.between(0, 6) + 1))).collect();
    Day { counted, visits, reads }
}

/// What a day of visits showed: each visit's number, in the order of the
/// day's visits; the hits at each read; the hits at the end.
type DayShown = (Vec<u64>, Vec<Hits>, Hits);

/// Runs a day with `visit`: each visit in a task of its own that waits
/// for its start, and a task that reads the hits at each read time.
async fn a_day_of_visits<Fut>(
    visit: fn(Arc<Mutex<Hits>>, &'static str) -> Fut,
    day: Day,
) -> DayShown
where
    Fut: Future<Output = u64> + Send + 'static,
{
    let start = Instant::now();
    let hits = Arc::new(Mutex::new(day.counted));
    let reader = tokio::spawn({
        let hits = Arc::clone(&hits);
        async move {
            let mut seen = Vec::new();
            for at in day.reads {
                sleep_until(start + at).await;
                seen.push(hits.lock().expect("a visit panicked while holding the lock").clone());
            }
            seen
        }
    });
    let visits: Vec<_> = day
        .visits
        .into_iter()
        .map(|(at, page)| {
            let hits = Arc::clone(&hits);
            tokio::spawn(async move {
                sleep_until(start + at).await;
                visit(hits, page).await
            })
        })
        .collect();
    let mut numbers = Vec::new();
    for visit in visits {
        numbers.push(visit.await.expect("a visit panicked"));
    }
    let seen = reader.await.expect("the reading task panicked");
    let hits = hits.lock().expect("a visit panicked while holding the lock").clone();
    (numbers, seen, hits)
}

/// 1 to 3 requests handled at once, each for its own id or outside any
/// request, with 0 to 4 items, names repeating.
fn generated_requests(g: &mut Gen) -> Vec<(Option<u64>, Vec<&'static str>)> {
    let count = g.between(1, 3) as usize;
    g.items(count, |g| {
        let id = g.chance(75).then(|| g.between(1, 99));
        let items = g.between(0, g.size().min(4) as u64) as usize;
        (id, g.items(items, Gen::name))
    })
}

/// Handles every request at once with `handle`, each in a task of its own
/// and inside its id's scope when it has one; what each returned, in order.
async fn handle_at_once<Fut>(
    handle: fn(Vec<&'static str>) -> Fut,
    requests: Vec<(Option<u64>, Vec<&'static str>)>,
) -> Vec<Vec<String>>
where
    Fut: Future<Output = Vec<String>> + Send + 'static,
{
    let handled: Vec<_> = requests
        .into_iter()
        .map(|(id, items)| match id {
            Some(id) => tokio::spawn(REQUEST_ID.scope(id, handle(items))),
            None => tokio::spawn(handle(items)),
        })
        .collect();
    let mut results = Vec::new();
    for request in handled {
        results.push(request.await.expect("a request panicked"));
    }
    results
}

/// 0 to 8 jobs of 0 to 4 units, names repeating.
fn generated_jobs(g: &mut Gen) -> Vec<(&'static str, u64)> {
    let count = g.count();
    g.items(count, |g| (g.name(), g.between(0, 4)))
}

fn millis(ms: u64) -> Duration {
    Duration::from_millis(ms)
}
