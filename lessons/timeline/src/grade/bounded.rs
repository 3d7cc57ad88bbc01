//! Grading synchronous code that may never return: an executor the learner
//! wrote runs on its own thread, and the test waits for it a bounded time
//! of real time, so a wrong answer fails fast with a verdict instead of
//! hanging `cargo test`.

use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use super::GRADING_THREAD;
use super::panics::{self, fail};
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
/// ends it. After a hang, every later run in the same test binary fails at
/// once as not graded.
#[track_caller]
pub fn run_bounded<T, F>(limit: Duration, hint: &str, body: F) -> T
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    if HUNG_BEFORE.load(Ordering::SeqCst) {
        fail(not_graded_after_a_hang());
    }
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
        Err(_) => {
            HUNG_BEFORE.store(true, Ordering::SeqCst);
            fail(hung(limit, hint))
        }
    };
    panics::value_or_verdict(outcome, &panics)
}

/// Set once a run in this test binary hung. Its thread cannot be stopped,
/// and an executor that loops keeps a core busy until the binary exits: the
/// runs after it would be starved, and a binary of hung runs would take
/// minutes. So they fail at once instead, and say why.
static HUNG_BEFORE: AtomicBool = AtomicBool::new(false);

fn not_graded_after_a_hang() -> String {
    "\n\nNot graded: an earlier run in this test binary hung (its verdict says \
     \"Hung\"), and its thread may still be running, busy, so nothing after it would \
     run as it should. Fix that hang first, or grade one exercise at a time: \
     `cargo grade lessonNN name_of_the_exercise`.\n"
        .to_string()
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

#[cfg(test)]
mod tests {
    use std::panic::{self, AssertUnwindSafe};

    use super::*;
    use crate::grade::panics::message_of;

    /// Runs `check` and returns the message it failed with.
    fn failure_of<R>(check: impl FnOnce() -> R) -> String {
        match panic::catch_unwind(AssertUnwindSafe(check)) {
            Ok(_) => panic!("the harness let a wrong implementation pass"),
            Err(payload) => message_of(payload.as_ref()),
        }
    }

    /// Stands in for an exercise stub.
    fn unwritten_executor() -> u32 {
        todo!()
    }

    /// A hang marks the whole binary: these tests take turns, and the one
    /// that hangs on purpose clears the mark again.
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

    fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
        ONE_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    #[test]
    fn a_run_that_returns_gives_its_value() {
        let _turn = one_at_a_time();
        assert_eq!(run_bounded(SYNC_HANG_LIMIT, "", || 7), 7);
    }

    #[test]
    fn a_run_still_going_at_the_limit_fails_as_hung_and_the_next_is_not_graded() {
        let _turn = one_at_a_time();
        let wall = std::time::Instant::now();
        let limit = Duration::from_millis(50);
        let message = failure_of(|| {
            run_bounded(limit, "the executor parked for ever", || {
                std::thread::sleep(Duration::from_secs(2))
            })
        });
        assert!(message.contains("Hung"), "{message}");
        assert!(message.contains("the executor parked for ever"), "the hint: {message}");
        assert!(wall.elapsed() < Duration::from_secs(1), "it gives up at the limit");
        let next = failure_of(|| run_bounded(SYNC_HANG_LIMIT, "", || 7));
        HUNG_BEFORE.store(false, Ordering::SeqCst);
        assert!(next.contains("Not graded: an earlier run"), "{next}");
    }

    #[test]
    fn a_stub_names_the_exercise_to_write() {
        let _turn = one_at_a_time();
        let message = failure_of(|| run_bounded(SYNC_HANG_LIMIT, "", unwritten_executor));
        assert!(message.contains("Not written yet"), "{message}");
        assert!(message.contains("unwritten_executor"), "{message}");
    }

    #[test]
    fn a_panic_is_reported_with_its_message() {
        let _turn = one_at_a_time();
        let message =
            failure_of(|| run_bounded(SYNC_HANG_LIMIT, "", || panic!("the ready queue is gone")));
        assert!(message.contains("Panicked"), "{message}");
        assert!(message.contains("the ready queue is gone"), "{message}");
    }
}
