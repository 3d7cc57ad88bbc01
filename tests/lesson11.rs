//! Lesson 11: the mistakes everyone makes.
//!
//! The exercises start as broken code, not as `todo!()`, and the grader's
//! own checks are what fail them at first: "Blocking" when the thread was
//! blocked (real time passed under the paused clock), "Leak" when tasks were
//! still running after the function returned, "Hung" when it waited for
//! ever. The assertions below then pin down what the fixed code must do, so
//! that a fix which hides the symptom without curing it fails too.
//!
//! Below them, scenario tests compare three of the fixed functions with the
//! reference solution on generated work. `make_thumbnails` and `fetch_pages`
//! have none: each of their runs costs real time (a shrink, a client's
//! setup), so their named tests hold the cases that matter instead.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use timeline::Timeline;
use timeline::grade::{Gen, Grader, Observed, Run, finished, grade, scenarios, units};
use tokio::sync::Mutex;

use crate::exercise::{
    BACKOFF, Flaky, SHRINK_TIME, Scoreboard, Thumbnail, fetch_pages, fetch_with_retries,
    make_thumbnails, play_round, save_all,
};
use crate::reference;

/// A and D fail twice, B once, C never.
fn busy_at_first() -> Vec<Flaky> {
    vec![
        Flaky { name: "A", failures: 2 },
        Flaky { name: "B", failures: 1 },
        Flaky { name: "C", failures: 0 },
        Flaky { name: "D", failures: 2 },
    ]
}

#[test]
fn fetch_with_retries_backs_off_while_the_other_requests_go_on() {
    let run = grade(|| fetch_with_retries(busy_at_first(), 3));

    run.assert_value(
        vec![Ok("A"), Ok("B"), Ok("C"), Ok("D")],
        "with 3 attempts every request succeeds in the end",
    );
    run.assert_max_concurrency(4);
    // A: attempt 0 to 1, backoff, attempt, backoff, attempt.
    run.assert_eq(
        run.task("A #3").start,
        units(2) + BACKOFF * 2,
        "A's third attempt starts after two attempts of 1 unit and two backoffs, each \
         `tokio::time::sleep(BACKOFF)` on the runtime's clock",
    );
    run.assert_took_exactly(units(3) + BACKOFF * 2);
}

#[test]
fn fetch_with_retries_gives_up_after_the_last_attempt() {
    let always_busy = |name| Flaky { name, failures: 10 };
    let requests = vec![always_busy("X"), always_busy("Y"), Flaky { name: "Z", failures: 0 }];
    let run = grade(|| fetch_with_retries(requests, 3));

    run.assert_value(
        vec![Err("X: 503 busy".to_string()), Err("Y: 503 busy".to_string()), Ok("Z")],
        "the last result of each request, the failures included",
    );
    run.assert_that(
        run.timeline.span("X #4").is_none(),
        "3 attempts at most: X was tried a fourth time",
    );
    run.assert_max_concurrency(3);
    run.assert_eq(
        run.elapsed,
        units(3) + BACKOFF * 2,
        "when it returned: every request gives up after 3 attempts and 2 backoffs, all at the \
         same time, with no backoff after the last attempt",
    );
}

#[test]
fn make_thumbnails_downloads_together_and_shrinks_off_the_runtime_thread() {
    // "a" twice: each name given is an image to download and shrink.
    let names = vec!["a", "b", "c", "a", "e"];
    let started = std::time::Instant::now();
    let run = grade(move || make_thumbnails(names));
    let real_time = started.elapsed();

    let made: Vec<Thumbnail> =
        ["a", "b", "c", "a", "e"].map(|name| Thumbnail { name, pixels: 40_000 }).to_vec();
    run.assert_value(made, "one thumbnail per name given, a name given twice too, in that order");
    run.assert_timeline(&[
        finished("a", 0, 1),
        finished("b", 0, 1),
        finished("c", 0, 1),
        finished("a", 0, 1),
        finished("e", 0, 1),
    ]);
    run.assert_took(1);
    run.assert_that(
        real_time >= SHRINK_TIME,
        &format!(
            "each thumbnail should be made by `shrink`, which takes {SHRINK_TIME:?} of real time \
             (off the runtime's thread, with `spawn_blocking`); the whole run took \
             {real_time:.2?}, less than one shrink, so the thumbnails were made some other way"
        ),
    );
}

#[test]
fn save_all_returns_once_every_document_is_saved() {
    let run = grade(|| save_all(vec![("notes", 1), ("report", 3), ("slides", 2)]));

    run.assert_value(vec!["notes", "report", "slides"], "the names in the order given");
    run.assert_timeline(&[
        finished("notes", 0, 1),
        finished("report", 0, 3),
        finished("slides", 0, 2),
    ]);
    run.assert_took(3);
}

const PATHS: [&str; 8] = ["/1", "/2", "/3", "/4", "/5", "/6", "/7", "/8"];

/// How many rows of the timeline are called `label`.
fn count(timeline: &Timeline, label: &str) -> usize {
    timeline.spans().iter().filter(|span| span.label == label).count()
}

#[test]
fn fetch_pages_shares_one_client_and_its_connection_between_the_tasks() {
    let run = grade(|| fetch_pages(PATHS.to_vec()));

    run.assert_value(PATHS.to_vec(), "the paths in the order given");
    run.assert_spawned(&PATHS);
    run.assert_eq(
        count(&run.timeline, "connect"),
        1,
        "how many connections were opened: one client opens one connection and every request \
         reuses it; a connect per request means a client per request",
    );
    run.assert_took(3);
}

/// Eight paths, "/b" among them twice.
const PATHS_WITH_A_REPEAT: [&str; 8] = ["/b", "/a", "/b", "/c", "/h", "/d", "/g", "/e"];

#[test]
fn fetch_pages_fetches_a_path_given_twice_twice() {
    let run = grade(|| fetch_pages(PATHS_WITH_A_REPEAT.to_vec()));

    run.assert_value(PATHS_WITH_A_REPEAT.to_vec(), "the paths in the order given, \"/b\" twice");
    run.assert_eq(
        count(&run.timeline, "/b"),
        2,
        "how many requests for \"/b\": it was given twice, so it is fetched twice",
    );
    run.assert_eq(count(&run.timeline, "connect"), 1, "how many connections were opened");
    run.assert_took(3);
}

/// Players of 3, 1 and 2 units.
fn players() -> Vec<(&'static str, u64)> {
    vec![("A", 3), ("B", 1), ("C", 2)]
}

#[test]
fn play_round_clears_the_board_and_adds_every_score() {
    let run = grade(|| async {
        let board = Arc::new(Mutex::new(Scoreboard { scores: vec![("last round", 99)] }));
        let total = play_round(Arc::clone(&board), players()).await;
        let scores = board.lock().await.scores.clone();
        (total, scores)
    });

    run.assert_value(
        (60, vec![("B", 10), ("C", 20), ("A", 30)]),
        "the total of this round only (the last round's 99 cleared), and the board's scores in \
         the order the players finished",
    );
}

#[test]
fn play_round_lets_the_players_play_at_the_same_time() {
    let board = Arc::new(Mutex::new(Scoreboard::default()));
    let run = grade(|| play_round(board, players()));

    run.assert_timeline(&[finished("A", 0, 3), finished("B", 0, 1), finished("C", 0, 2)]);
    run.assert_spawned(&["A", "B", "C"]);
    run.assert_took(3);
}

// Scenario tests: the fixed functions on generated work (requests that fail
// any number of times under any number of attempts, documents and players
// of any length, names that repeat, a board that still holds the last
// round's scores), compared with the reference solution.

#[test]
fn fetch_with_retries_matches_the_reference_on_generated_requests() {
    scenarios().grader(one_backoff_blocks()).compare(
        |g| {
            let count = g.count();
            let requests =
                g.items(count, |g| Flaky { name: g.name(), failures: g.below(7) as u32 });
            (requests, g.between(1, 5) as u32)
        },
        |(requests, attempts)| fetch_with_retries(requests, attempts),
        |(requests, attempts)| reference::fetch_with_retries(requests, attempts),
    );
}

#[test]
fn save_all_matches_the_reference_on_generated_documents() {
    scenarios().compare(
        |g| {
            let count = g.count();
            g.items(count, |g| (g.name(), g.between(0, 4)))
        },
        save_all,
        reference::save_all,
    );
}

#[test]
fn play_round_matches_the_reference_on_generated_players() {
    scenarios().compare_by(
        generated_round,
        |(last_round, players)| play_on_a_used_board(last_round, players, play_round),
        |(last_round, players)| play_on_a_used_board(last_round, players, reference::play_round),
        what_the_round_left,
    );
}

/// The scenarios are small: where the named tests see the broken code's
/// `std::thread::sleep` add up past the usual limit, one backoff of 300 ms
/// must already count as blocking here. A correct run keeps the thread busy
/// for a few milliseconds.
fn one_backoff_blocks() -> Grader {
    Grader::new().blocking_limit(BACKOFF - Duration::from_millis(50))
}

/// Scores as a board lists them: each player's name and score.
type Scores = Vec<(&'static str, u32)>;

/// Players as `play_round` takes them: each one's name and units of play.
type Players = Vec<(&'static str, u64)>;

/// The last round's scores (0 to 3 of them: the board is not always empty)
/// and 0 to 8 players of 0 to 4 units, names repeating.
fn generated_round(g: &mut Gen) -> (Scores, Players) {
    let last_round = g.between(0, 3) as usize;
    let last_round = g.items(last_round, |g| (g.name(), g.between(1, 99) as u32));
    let count = g.count();
    (last_round, g.items(count, |g| (g.name(), g.between(0, 4))))
}

/// Plays a round with `play_round` on a board that holds `last_round`, and
/// returns the total and the board's scores afterwards.
async fn play_on_a_used_board<Play, Round>(
    last_round: Scores,
    players: Players,
    play_round: Play,
) -> (u32, Scores)
where
    Play: FnOnce(Arc<Mutex<Scoreboard>>, Players) -> Round,
    Round: Future<Output = u32>,
{
    let board = Arc::new(Mutex::new(Scoreboard { scores: last_round }));
    let total = play_round(Arc::clone(&board), players).await;
    let scores = board.lock().await.scores.clone();
    (total, scores)
}

/// What play_round's spec fixes: the total; the board's scores in the
/// order the players finished, where players who finished together (the
/// same score) may be in any order; every span; when it returned; how many
/// spawned tasks the players played in, and how many played in none.
fn what_the_round_left(run: &Run<(u32, Scores)>) -> (u32, Vec<Scores>, Observed, usize, usize) {
    let (total, scores) = &run.value;
    let mut together: Vec<Scores> = Vec::new();
    for score in scores {
        match together.last_mut() {
            Some(group) if group[0].1 == score.1 => group.push(*score),
            _ => together.push(vec![*score]),
        }
    }
    for group in &mut together {
        group.sort_unstable();
    }
    let rows = run.timeline.spans();
    let tasks: BTreeSet<_> = rows.iter().filter_map(|row| row.tokio_task.clone()).collect();
    let in_place = rows.iter().filter(|row| row.tokio_task.is_none()).count();
    let mut observed = Observed::of(run);
    observed.value = String::new();
    (*total, together, observed, tasks.len(), in_place)
}
