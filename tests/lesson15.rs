//! Lesson 15: threads too: the multi-thread runtime.
//!
//! The grader runs on a current-thread runtime, where the paused clock
//! lives, and what is graded here goes wrong on one thread already: a check
//! and an act with an `.await` between them, a count read before an
//! `.await` and written after it, a task-local a spawned task never sees.
//! On one thread, tasks first run in the order they were spawned, so the
//! first buyers spawned are the first to find a ticket.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use timeline::grade::{Gen, Run, finished, grade, stress};

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

// Stress tests: the same exercises on two worker threads, where code
// between two `.await`s is no longer alone, many runs on generated
// scenarios. Which task runs on which thread, and so which buyer finds a
// ticket, changes from run to run; what the spec fixes does not, and only
// that is compared with the reference.

/// What a sale must come to whichever buyers got the tickets.
#[derive(Debug)]
#[allow(dead_code)] // Read through `Debug`, when the test compares it.
struct Sale {
    tickets_sold: usize,
}

/// The tickets sold, from a run of `sell_tickets`.
fn sale(run: &Run<Vec<&'static str>>) -> Sale {
    Sale { tickets_sold: run.value.len() }
}

/// More buyers than tickets, so that the last ticket is contended: 2 to
/// `size` buyers, and fewer tickets than that.
fn contended_sale(g: &mut Gen) -> (u32, Vec<&'static str>) {
    let buyers = g.count_from(2);
    let tickets = g.between(1, buyers as u64 - 1) as u32;
    (tickets, g.items(buyers, Gen::name))
}

#[test]
fn sell_tickets_never_oversells_on_two_worker_threads() {
    stress().compare_by(
        contended_sale,
        |(tickets, buyers)| sell_tickets(tickets, buyers),
        |(tickets, buyers)| reference::sell_tickets(tickets, buyers),
        sale,
    );
}

/// Visits `pages` on `hits`, each in a task of its own (`tokio::spawn`),
/// all at once; each page with its visitor number, in the order of
/// `pages`, and the hits once every visit is done.
async fn visit_pages(
    hits: BTreeMap<&'static str, u64>,
    pages: Vec<&'static str>,
) -> (Vec<(&'static str, u64)>, BTreeMap<&'static str, u64>) {
    let hits = Arc::new(Mutex::new(hits));
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

/// A visit's reference solution, visited the same way.
async fn visit_pages_reference(
    hits: BTreeMap<&'static str, u64>,
    pages: Vec<&'static str>,
) -> (Vec<(&'static str, u64)>, BTreeMap<&'static str, u64>) {
    let hits = Arc::new(Mutex::new(hits));
    let visits: Vec<_> = pages
        .into_iter()
        .map(|page| (page, tokio::spawn(reference::visit(Arc::clone(&hits), page))))
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
struct Counted {
    /// Each page's visitor numbers, sorted: which visitor got which number
    /// depends on who came first.
    numbers: BTreeMap<&'static str, Vec<u64>>,
    hits: BTreeMap<&'static str, u64>,
}

/// The visitor numbers each page gave and the hits, from a run of visits.
#[allow(clippy::type_complexity)]
fn counted(run: &Run<(Vec<(&'static str, u64)>, BTreeMap<&'static str, u64>)>) -> Counted {
    let (numbers, hits) = &run.value;
    let mut by_page: BTreeMap<&'static str, Vec<u64>> = BTreeMap::new();
    for (page, number) in numbers {
        by_page.entry(page).or_default().push(*number);
    }
    by_page.values_mut().for_each(|numbers| numbers.sort_unstable());
    Counted { numbers: by_page, hits: hits.clone() }
}

/// Hits already counted (not at 0) and 2 to `size` visits to two pages,
/// so that visits to one page overlap.
fn busy_pages(g: &mut Gen) -> (BTreeMap<&'static str, u64>, Vec<&'static str>) {
    let hits = BTreeMap::from([("/home", g.between(0, 50)), ("/shop", g.between(1, 9))]);
    let count = g.count_from(2);
    (hits, g.items(count, |g| g.pick(&["/home", "/home", "/shop"])))
}

#[test]
fn visit_counts_every_visit_once_on_two_worker_threads() {
    stress().compare_by(
        busy_pages,
        |(hits, pages)| visit_pages(hits, pages),
        |(hits, pages)| visit_pages_reference(hits, pages),
        counted,
    );
}
