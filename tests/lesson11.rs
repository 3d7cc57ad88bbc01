//! Lesson 11: the mistakes everyone makes.
//!
//! The exercises start as broken code, not as `todo!()`, and the grader's
//! own checks are what fail them at first: "Blocking" when the thread was
//! blocked (real time passed under the paused clock), "Leak" when tasks were
//! still running after the function returned, "Hung" when it waited for
//! ever. The assertions below then pin down what the fixed code must do, so
//! that a fix which hides the symptom without curing it fails too.

use std::sync::Arc;

use timeline::Timeline;
use timeline::grade::{finished, grade, units};
use tokio::sync::Mutex;

use crate::exercise::{
    BACKOFF, Flaky, Scoreboard, Thumbnail, fetch_pages, fetch_with_retries, make_thumbnails,
    play_round, save_all,
};

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
    let names = vec!["a", "b", "c", "d", "e"];
    let run = grade(move || make_thumbnails(names));

    let made: Vec<Thumbnail> =
        ["a", "b", "c", "d", "e"].map(|name| Thumbnail { name, pixels: 40_000 }).to_vec();
    run.assert_value(made, "one thumbnail per image, in the order given");
    run.assert_timeline(&[
        finished("a", 0, 1),
        finished("b", 0, 1),
        finished("c", 0, 1),
        finished("d", 0, 1),
        finished("e", 0, 1),
    ]);
    run.assert_took(1);
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
