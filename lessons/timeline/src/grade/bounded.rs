//! Grading synchronous code that may never return: an executor the learner
//! wrote runs on its own thread, and the test waits for it a bounded time
//! of real time, so a wrong answer fails fast with a verdict instead of
//! hanging `cargo test`.

use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc;
use std::time::Duration;

use super::panics::{self, PanicRecord, fail};
use super::{GRADING_THREAD, todo, verdict};
use crate::draw::seconds;

/// Real time a synchronous graded run may take, unless told otherwise. A
/// correct executor runs a graded task set in well under a millisecond;
/// the slowest graded future waits about a tenth of a second for a thread.
pub const SYNC_HANG_LIMIT: Duration = Duration::from_secs(3);

/// Runs `body` on a grading thread and returns what it returned. Fails the
/// calling test with the harness's verdict when `body` hits a `todo!()`,
/// panics, or has not returned after `limit` of real time (then `hint`, what
/// a hang most likely means in this exercise, ends the verdict).
///
/// `body` runs to its end on its own thread even after the test gave up on
/// it: nothing can stop a thread from outside, and the test binary's exit
/// ends it.
#[track_caller]
pub fn run_bounded<T, F>(limit: Duration, hint: &str, body: F) -> T
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    let (report, reply) = mpsc::channel();
    std::thread::Builder::new()
        .name(GRADING_THREAD.to_string())
        .spawn(move || {
            panics::watch_this_thread();
            let outcome = panic::catch_unwind(AssertUnwindSafe(body));
            // The test may have given up waiting already; nobody to tell then.
            let _ = report.send((outcome, panics::seen_on_this_thread()));
        })
        .expect("could not start a grading thread");
    let (outcome, panics) = match reply.recv_timeout(limit) {
        Ok(answer) => answer,
        Err(_) => fail(hung(limit, hint)),
    };
    judge(outcome, &panics)
}

fn judge<T>(outcome: std::thread::Result<T>, panics: &[PanicRecord]) -> T {
    if let Some(todo) = panics.iter().find(|record| record.is_todo()) {
        fail(todo::unwritten_exercise_message(todo));
    }
    match outcome {
        Ok(value) => value,
        Err(_) => fail(verdict::code_panicked(panics)),
    }
}

fn hung(limit: Duration, hint: &str) -> String {
    format!(
        "\n\nHung: the code was still running after {} of real time, so it would never \
         finish (a correct run takes milliseconds).\n\
         An executor hangs when it waits for a wake-up that never comes (a thread parked \
         with nothing left to unpark it), or when it never runs out of work (a loop that polls \
         again and again without waiting, or a clock that never moves).\n{hint}\n",
        seconds(limit)
    )
}
