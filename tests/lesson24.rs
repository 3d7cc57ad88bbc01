//! Lesson 24: async traits, async closures, and what spawn needs.
//!
//! `dispatch` gets handlers built from the given `Service` (each request
//! traced as `"{name} {body}"`); `retry` gets an async closure that plays a
//! script, one `(time, outcome)` per call, each call traced as "call 1",
//! "call 2", ...; `look_up_all` gets a `Directory` and names that live only
//! inside the test's future; `tally_job`'s job is spawned with
//! `tokio::spawn`, after the test has dropped the pages it was made from.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use timeline::grade::{Gen, finished, grade, scenarios, units};
use timeline::traced;
use tokio::time::sleep;

use crate::exercise::{Directory, Handler, Service, dispatch, look_up_all, retry, tally_job};
use crate::reference;

/// Owned strings, as the exercises take and return them.
fn strings(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|text| text.to_string()).collect()
}

// dispatch

/// A handler named `name` for `route`, taking `units` units per request.
fn service(name: &'static str, route: &'static str, units: u64) -> Box<dyn Handler> {
    Box::new(Service::new(name, route, units))
}

#[test]
fn dispatch_serves_every_request_at_once_and_replies_in_their_order() {
    let run = grade(|| async {
        let handlers = vec![service("search", "/search", 2), service("shop", "/shop", 3)];
        dispatch(&handlers, &[("/search", "rust"), ("/nowhere", "x"), ("/shop", "tea")]).await
    });

    run.assert_value(
        strings(&["search: rust", "404 /nowhere", "shop: tea"]),
        "the replies in the order of the requests, the unknown route's \"404 /nowhere\" in its \
         place, not in the order they were ready",
    );
    run.assert_timeline(&[finished("search rust", 0, 2), finished("shop tea", 0, 3)]);
    run.assert_took(3);
}

#[test]
fn dispatch_keeps_the_order_of_the_requests_when_the_first_is_the_slowest() {
    let run = grade(|| async {
        let handlers = vec![service("shop", "/shop", 1), service("search", "/search", 4)];
        let requests = [("/search", "tea"), ("/shop", "rice"), ("/shop", "tea")];
        dispatch(&handlers, &requests).await
    });

    run.assert_value(
        strings(&["search: tea", "shop: rice", "shop: tea"]),
        "the slowest reply first, as its request came first",
    );
    run.assert_timeline(&[
        finished("search tea", 0, 4),
        finished("shop rice", 0, 1),
        finished("shop tea", 0, 1),
    ]);
    run.assert_took(4);
}

#[test]
fn dispatch_lets_the_later_of_two_handlers_for_a_route_serve_it() {
    let run = grade(|| async {
        let handlers = vec![
            service("old search", "/search", 1),
            service("shop", "/shop", 1),
            service("new search", "/search", 2),
        ];
        dispatch(&handlers, &[("/search", "rust")]).await
    });

    run.assert_value(
        strings(&["new search: rust"]),
        "the reply of \"new search\": registered after \"old search\" for the same route, it \
         replaced it, as a later `routes[route] = handler` does",
    );
    run.assert_timeline(&[finished("new search rust", 0, 2)]);
    run.assert_took(2);
}

#[test]
fn dispatch_replies_404_at_once_to_routes_no_handler_serves() {
    let run = grade(|| async {
        let handlers = vec![service("search", "/search", 2)];
        dispatch(&handlers, &[("/shop", "tea"), ("/", "home"), ("/searches", "rust")]).await
    });

    run.assert_value(
        strings(&["404 /shop", "404 /", "404 /searches"]),
        "\"404 {route}\" for each: no handler serves these routes",
    );
    run.assert_timeline(&[]);
    run.assert_took(0);
}

#[test]
fn dispatch_calls_the_handler_again_for_a_repeated_request() {
    let run = grade(|| async {
        let handlers = vec![service("search", "/search", 2)];
        dispatch(&handlers, &[("/search", "rust"), ("/search", "rust")]).await
    });

    run.assert_value(strings(&["search: rust", "search: rust"]), "one reply per request");
    run.assert_timeline(&[finished("search rust", 0, 2), finished("search rust", 0, 2)]);
    run.assert_took(2);
}

#[test]
fn dispatch_starts_every_call_at_once_however_many_requests_there_are() {
    let bodies = || (1..=40).map(|n| format!("q{n}"));
    let run = grade(move || async move {
        let handlers = vec![service("search", "/search", 1)];
        let bodies: Vec<String> = bodies().collect();
        let requests: Vec<(&str, &str)> =
            bodies.iter().map(|body| ("/search", body.as_str())).collect();
        dispatch(&handlers, &requests).await
    });

    let replies = bodies().map(|body| format!("search: {body}")).collect();
    run.assert_value(replies, "40 replies, in the order of the 40 requests");
    run.assert_took(1);
}

#[test]
fn dispatch_of_no_requests_returns_no_replies_at_once() {
    let run = grade(|| async {
        let handlers = vec![service("search", "/search", 2)];
        dispatch(&handlers, &[]).await
    });

    run.assert_value(vec![], "no replies: there were no requests");
    run.assert_took(0);
}

/// Routes the generated handlers and requests pick from; the requests also
/// ask for "/none", which no handler serves.
const ROUTES: [&str; 3] = ["/search", "/shop", "/news"];

/// Handlers as `(name, route, time)`, and requests as `(route, body)`.
type Traffic = (Vec<(&'static str, &'static str, Duration)>, Vec<(&'static str, &'static str)>);

/// 0 to 4 handlers (two may serve one route), 0 to 8 requests, some of them
/// repeated and some for "/none".
fn generated_traffic(g: &mut Gen) -> Traffic {
    let count = g.between(0, 4) as usize;
    let handlers =
        g.items(count, |g| (g.name(), g.pick(&ROUTES), g.duration(units(0), units(5), units(1))));
    let count = g.count();
    let requests = g.items(count, |g| {
        let route = if g.chance(15) { "/none" } else { g.pick(&ROUTES) };
        (route, g.name())
    });
    (handlers, requests)
}

fn handlers_of(traffic: &Traffic) -> Vec<Box<dyn Handler>> {
    let services = traffic.0.iter().map(|&(name, route, time)| Service::taking(name, route, time));
    services.map(|service| Box::new(service) as Box<dyn Handler>).collect()
}

#[test]
fn dispatch_matches_the_reference_on_generated_traffic() {
    // Up to 24 requests: a limit on the calls at once (`buffered(8)`) binds.
    scenarios().max_size(24).compare(
        generated_traffic,
        |traffic| async move { dispatch(&handlers_of(&traffic), &traffic.1).await },
        |traffic| async move { reference::dispatch(&handlers_of(&traffic), &traffic.1).await },
    );
}

// retry

/// What each call of the scripted work does: how long it takes, then what
/// it returns.
type Script = Vec<(Duration, Result<u32, String>)>;

/// A script of calls of `units` units each: `Ok(n)` for `Some(n)`, and
/// `Err("failure k")` for the k-th `None`.
fn script(units_each: u64, outcomes: &[Option<u32>]) -> Script {
    let mut failures = 0;
    let mut outcome = |outcome: &Option<u32>| {
        outcome.ok_or_else(|| {
            failures += 1;
            format!("failure {failures}")
        })
    };
    outcomes.iter().map(|o| (units(units_each), outcome(o))).collect()
}

/// Runs `retry` (the learner's, or the reference's) on an async closure
/// that plays `script`, one entry per call, each call traced as "call N";
/// a call past the end of the script fails with "unscripted". Gives what
/// `retry` returned and how many calls it made.
///
/// A macro, as `tally!` below: `retry` is generic over the closure's type,
/// which has no name, so no function could take "the learner's `retry` or
/// the reference's" as an argument.
macro_rules! retry_script {
    ($retry:path, $attempts:expr, $backoff:expr, $script:expr) => {{
        let script: Script = $script;
        let calls = Cell::new(0);
        let calls = &calls;
        // The closure owns the script, and each call's future borrows it:
        // only an `AsyncFn` can do that.
        let work = async move || {
            let call = calls.get() + 1;
            calls.set(call);
            let (time, outcome) =
                script.get(call - 1).cloned().unwrap_or((units(1), Err("unscripted".to_string())));
            traced(&format!("call {call}"), sleep(time)).await;
            outcome
        };
        let outcome = $retry($attempts, $backoff, work).await;
        (outcome, calls.get())
    }};
}

#[test]
fn retry_waits_a_backoff_that_doubles_after_each_failure() {
    let run =
        grade(|| async { retry_script!(retry, 3, units(2), script(1, &[None, None, Some(7)])) });

    run.assert_value(
        (Ok(7), 3),
        "Ok(7) from the third call, and three calls: it failed, failed, then succeeded",
    );
    run.assert_timeline(&[
        finished("call 1", 0, 1),
        finished("call 2", 3, 4),
        finished("call 3", 8, 9),
    ]);
    run.assert_took(9);
}

#[test]
fn retry_returns_the_last_error_when_every_call_fails_and_does_not_wait_after_it() {
    let run = grade(|| async {
        retry_script!(retry, 3, units(1), script(2, &[None, None, None, Some(1)]))
    });

    run.assert_value(
        (Err("failure 3".to_string()), 3),
        "the third call's error, the last: 3 attempts, and every call failed",
    );
    run.assert_timeline(&[
        finished("call 1", 0, 2),
        finished("call 2", 3, 5),
        finished("call 3", 7, 9),
    ]);
    run.assert_took(9);
}

#[test]
fn retry_stops_at_the_first_success() {
    let run = grade(|| async { retry_script!(retry, 5, units(3), script(2, &[Some(4), None])) });

    run.assert_value((Ok(4), 1), "Ok(4) from the first call, and no second call");
    run.assert_timeline(&[finished("call 1", 0, 2)]);
    run.assert_took(2);
}

#[test]
fn retry_with_one_attempt_calls_once_and_does_not_wait() {
    let run = grade(|| async { retry_script!(retry, 1, units(2), script(1, &[None, Some(5)])) });

    run.assert_value((Err("failure 1".to_string()), 1), "the only call's error");
    run.assert_timeline(&[finished("call 1", 0, 1)]);
    run.assert_took(1);
}

#[test]
fn retry_with_zero_attempts_still_calls_once() {
    let run = grade(|| async { retry_script!(retry, 0, units(2), script(1, &[None, Some(5)])) });

    run.assert_value((Err("failure 1".to_string()), 1), "one call: 0 attempts counts as 1");
    run.assert_timeline(&[finished("call 1", 0, 1)]);
    run.assert_took(1);
}

#[test]
fn retry_makes_no_more_calls_than_attempts_on_a_long_failure_chain() {
    let run = grade(|| async {
        let outcomes = [None, None, None, None, None, None, Some(9)];
        retry_script!(retry, 4, Duration::from_millis(500), script(1, &outcomes))
    });

    run.assert_value((Err("failure 4".to_string()), 4), "the fourth call's error, after 4 calls");
    // Waits of 0.5, 1 and 2 units between the calls.
    run.assert_took_exactly(Duration::from_millis(7500));
}

#[test]
fn retry_doubles_long_waits_too_with_no_ceiling() {
    let run = grade(|| async {
        retry_script!(retry, 4, units(50), script(1, &[None, None, None, None, Some(3)]))
    });

    run.assert_value((Err("failure 4".to_string()), 4), "the fourth call's error, after 4 calls");
    // Waits of 50, 100 and 200 units between the calls.
    run.assert_timeline(&[
        finished("call 1", 0, 1),
        finished("call 2", 51, 52),
        finished("call 3", 152, 153),
        finished("call 4", 353, 354),
    ]);
    run.assert_took(354);
}

/// 0 to 9 attempts (the limit binds or not) with a backoff of 0 to 1 unit,
/// or, one time in five, 2 to 4 attempts with a backoff of 10 to 70 units;
/// and a script as long as the scenario, of calls of 0 to 3 units that
/// mostly fail.
fn generated_chain(g: &mut Gen) -> (u32, Duration, Script) {
    // Mostly short waits, and now and then long ones that no ceiling may
    // cut short; the grader gives up after 600 units, so long waits come
    // with fewer attempts.
    let (attempts, backoff) = if g.chance(20) {
        (g.between(2, 4), g.duration(units(10), units(70), units(10)))
    } else {
        (g.between(0, 9), g.duration(units(0), units(1), Duration::from_millis(250)))
    };
    let attempts = attempts as u32;
    let count = g.count();
    let script = g.items(count, |g| {
        let time = g.duration(units(0), units(3), units(1));
        let outcome = if g.chance(25) {
            Ok(g.between(1, 99) as u32)
        } else {
            Err(format!("error {}", g.between(1, 99)))
        };
        (time, outcome)
    });
    (attempts, backoff, script)
}

#[test]
fn retry_matches_the_reference_on_generated_failure_chains() {
    scenarios().compare(
        generated_chain,
        |(attempts, backoff, script)| async move {
            retry_script!(retry, attempts, backoff, script)
        },
        |(attempts, backoff, script)| async move {
            retry_script!(reference::retry, attempts, backoff, script)
        },
    );
}

// look_up_all

/// The test's directory: made inside the graded future, so that nothing
/// about it is `'static`.
fn phone_book() -> Directory {
    Directory::new(&[
        ("ann", 4021, units(3)),
        ("bob", 7730, units(1)),
        ("cy", 5512, units(2)),
        ("dee", 1200, Duration::from_millis(2500)),
    ])
}

#[test]
fn look_up_all_looks_every_name_up_at_once_in_the_order_of_the_names() {
    let run = grade(|| async {
        let directory = phone_book();
        let names = strings(&["ann", "bob"]);
        look_up_all(&directory, &names).await
    });

    run.assert_value(vec![Some(4021), Some(7730)], "ann's number, then bob's, as asked");
    run.assert_timeline(&[finished("ann", 0, 3), finished("bob", 0, 1)]);
    run.assert_took(3);
}

#[test]
fn look_up_all_keeps_the_order_of_the_names_not_of_the_answers() {
    let run = grade(|| async {
        let directory = phone_book();
        let names = strings(&["cy", "ann", "dee", "bob"]);
        look_up_all(&directory, &names).await
    });

    run.assert_value(
        vec![Some(5512), Some(4021), Some(1200), Some(7730)],
        "cy, ann, dee, bob: the order asked, though bob answered first and ann last",
    );
    run.assert_max_concurrency(4);
    run.assert_took(3);
}

#[test]
fn look_up_all_gives_none_for_a_name_the_directory_does_not_have() {
    let run = grade(|| async {
        let directory = phone_book();
        let names = strings(&["zed", "cy"]);
        look_up_all(&directory, &names).await
    });

    run.assert_value(vec![None, Some(5512)], "None for zed, in its place");
    run.assert_timeline(&[finished("zed", 0, 1), finished("cy", 0, 2)]);
    run.assert_took(2);
}

#[test]
fn look_up_all_looks_a_repeated_name_up_each_time() {
    let run = grade(|| async {
        let directory = phone_book();
        let names = strings(&["bob", "ann", "bob"]);
        look_up_all(&directory, &names).await
    });

    run.assert_value(vec![Some(7730), Some(4021), Some(7730)], "bob's number twice, ann's between");
    run.assert_timeline(&[finished("bob", 0, 1), finished("ann", 0, 3), finished("bob", 0, 1)]);
    run.assert_took(3);
}

#[test]
fn look_up_all_runs_the_lookups_inside_its_own_future_not_in_tasks() {
    let run = grade(|| async {
        let directory = phone_book();
        let names = strings(&["dee", "ann"]);
        look_up_all(&directory, &names).await
    });

    run.assert_value(vec![Some(1200), Some(4021)], "dee's number, then ann's");
    run.assert_not_spawned(&["dee", "ann"]);
    run.assert_took(3);
}

#[test]
fn look_up_all_of_no_names_returns_nothing_at_once() {
    let run = grade(|| async {
        let directory = phone_book();
        look_up_all(&directory, &[]).await
    });

    run.assert_value(vec![], "no numbers: no names were asked for");
    run.assert_took(0);
}

/// Entries `(name, number, time)` and the names asked for, all from one
/// small pool: repeated names, names the directory lacks, entries of any
/// time up to 5 units.
type Lookups = (Vec<(&'static str, u32, Duration)>, Vec<&'static str>);

fn generated_lookups(g: &mut Gen) -> Lookups {
    let count = g.between(0, 5) as usize;
    let entries = g.items(count, |g| {
        (g.name(), g.between(1000, 9999) as u32, g.duration(units(0), units(5), units(1)))
    });
    let count = g.count();
    (entries, g.items(count, Gen::name))
}

#[test]
fn look_up_all_matches_the_reference_on_generated_names() {
    scenarios().compare(
        generated_lookups,
        |(entries, names)| async move {
            let names = strings(&names);
            look_up_all(&Directory::new(&entries), &names).await
        },
        |(entries, names)| async move {
            let names = strings(&names);
            reference::look_up_all(&Directory::new(&entries), &names).await
        },
    );
}

// tally_job

fn counts(entries: &[(&str, u64)]) -> BTreeMap<String, u64> {
    entries.iter().map(|&(page, count)| (page.to_string(), count)).collect()
}

/// Makes the job (with the learner's `tally_job`, or the reference's) from
/// `counted` and `pages`, drops the pages, waits `delay`, then spawns the
/// job with `tokio::spawn`, which takes only `Send + 'static` futures, and
/// awaits it. Gives the sum the job returned, the counts right after the
/// job was made, and the counts once it was done.
///
/// A macro: each `tally_job`'s future is an opaque type of its own that
/// captures the arguments' lifetimes (edition 2024), which one generic
/// function parameter could not stand for.
macro_rules! tally {
    ($tally_job:path, $counted:expr, $pages:expr, $delay:expr) => {{
        let totals = Arc::new(Mutex::new($counted));
        let pages: Vec<String> = $pages;
        let job = $tally_job(&totals, &pages);
        drop(pages);
        let made = totals.lock().expect("the job panicked while counting").clone();
        sleep($delay).await;
        let sum = tokio::spawn(job).await.expect("the job panicked");
        let done = totals.lock().expect("the job panicked while counting").clone();
        (sum, made, done)
    }};
}

#[test]
fn tally_job_fetches_every_page_at_once_and_returns_the_sum() {
    let run =
        grade(|| async { tally!(tally_job, counts(&[]), strings(&["home", "faq"]), units(0)) });

    run.assert_value(
        (700, counts(&[]), counts(&[("faq", 300), ("home", 400)])),
        "700, the sum of the sizes; nothing counted when the job was made; then each page's size",
    );
    run.assert_timeline(&[finished("home", 0, 4), finished("faq", 0, 3)]);
    run.assert_took(4);
}

#[test]
fn tally_job_adds_to_the_counts_already_there() {
    let run = grade(|| async {
        let counted = counts(&[("home", 1000), ("news", 5)]);
        tally!(tally_job, counted.clone(), strings(&["faq", "home"]), units(0))
    });

    run.assert_value(
        (
            700,
            counts(&[("home", 1000), ("news", 5)]),
            counts(&[("faq", 300), ("home", 1400), ("news", 5)]),
        ),
        "700 fetched; home 1000 + 400, faq 0 + 300, news untouched",
    );
    run.assert_took(4);
}

#[test]
fn tally_job_fetches_and_counts_a_page_listed_twice_twice() {
    let run = grade(|| async {
        tally!(tally_job, counts(&[("faq", 50)]), strings(&["faq", "about", "faq"]), units(0))
    });

    run.assert_value(
        (1100, counts(&[("faq", 50)]), counts(&[("about", 500), ("faq", 650)])),
        "faq fetched twice: 300 + 500 + 300 = 1100, and faq counted 50 + 300 + 300",
    );
    run.assert_timeline(&[finished("faq", 0, 3), finished("about", 0, 5), finished("faq", 0, 3)]);
    run.assert_took(5);
}

#[test]
fn tally_job_does_nothing_until_it_is_spawned() {
    let run = grade(|| async {
        tally!(tally_job, counts(&[("home", 7)]), strings(&["home", "faq"]), units(2))
    });

    run.assert_value(
        (700, counts(&[("home", 7)]), counts(&[("faq", 300), ("home", 407)])),
        "the counts untouched when the job was made, and every page counted once it ran",
    );
    run.assert_timeline(&[finished("home", 2, 6), finished("faq", 2, 5)]);
    run.assert_took(6);
}

#[test]
fn tally_job_of_no_pages_returns_zero_at_once() {
    let run = grade(|| async { tally!(tally_job, counts(&[("faq", 1)]), vec![], units(0)) });

    run.assert_value((0, counts(&[("faq", 1)]), counts(&[("faq", 1)])), "0, and nothing counted");
    run.assert_took(0);
}

/// Pages already counted (or not), 0 to 8 pages to fetch with repeats, and
/// a wait of 0 to 2 units before the job is spawned.
fn generated_tally(g: &mut Gen) -> (Vec<(&'static str, u64)>, Vec<&'static str>, Duration) {
    let count = g.between(0, 3) as usize;
    let counted = g.items(count, |g| (g.name(), g.between(0, 900)));
    let count = g.count();
    let pages = g.items(count, Gen::name);
    (counted, pages, g.duration(units(0), units(2), units(1)))
}

#[test]
fn tally_job_matches_the_reference_on_generated_pages() {
    scenarios().compare(
        generated_tally,
        |(counted, pages, delay)| async move {
            tally!(tally_job, counts(&counted), strings(&pages), delay)
        },
        |(counted, pages, delay)| async move {
            tally!(reference::tally_job, counts(&counted), strings(&pages), delay)
        },
    );
}
