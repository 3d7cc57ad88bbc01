//! Seeing every panic on a grading thread, including the ones tokio catches
//! inside spawned tasks and hands to a `JoinHandle` that nobody awaits; and
//! printing the harness's own verdicts as messages, not as crashes.
//!
//! A verdict is a panic of the test thread (that is how a Rust test fails),
//! but it is a message for the learner: it is printed without the
//! "thread panicked at" line and without a backtrace, whatever
//! `RUST_BACKTRACE` says. Resolving a backtrace of the harness took about
//! twenty times longer than the whole failing run, and showed only the
//! harness's own frames.

use std::any::Any;
use std::cell::RefCell;
use std::panic::{self, PanicHookInfo};
use std::sync::Once;

/// A panic seen on a grading thread.
#[derive(Clone, Debug)]
pub(crate) struct PanicRecord {
    pub message: String,
    /// `file:line`, as the compiler wrote it (relative to the workspace).
    pub file: String,
    pub line: u32,
}

impl PanicRecord {
    /// `todo!()` panics with this message (optionally followed by `: why`).
    pub fn is_todo(&self) -> bool {
        self.message.starts_with("not yet implemented")
    }
}

thread_local! {
    /// `Some` while this thread is grading; the panics seen so far.
    static SEEN: RefCell<Option<Vec<PanicRecord>>> = const { RefCell::new(None) };
}

/// Fails the calling test with `message`, printed as it is: no location in
/// the harness, no backtrace. `resume_unwind` unwinds without calling the
/// panic hook, so the message is printed here, through `eprintln!`, which
/// the test's output capture keeps.
pub(crate) fn fail(message: String) -> ! {
    eprintln!("\n{}{message}", super::VERDICT_HEADING);
    panic::resume_unwind(Box::new(message))
}

/// What a graded run returned, or the verdict on how it ended: a `todo!()`
/// reached anywhere names the exercise to write, before any other panic.
pub(crate) fn value_or_verdict<T>(outcome: std::thread::Result<T>, panics: &[PanicRecord]) -> T {
    if let Some(todo) = panics.iter().find(|record| record.is_todo()) {
        fail(super::todo::unwritten_exercise_message(todo));
    }
    match outcome {
        Ok(value) => value,
        Err(_) => fail(super::verdict::code_panicked(panics)),
    }
}

/// Starts collecting panics that happen on this thread.
pub(crate) fn watch_this_thread() {
    install_hook();
    SEEN.with(|seen| *seen.borrow_mut() = Some(Vec::new()));
}

/// The panics seen on this thread since [`watch_this_thread`].
pub(crate) fn seen_on_this_thread() -> Vec<PanicRecord> {
    SEEN.with(|seen| seen.borrow_mut().take().unwrap_or_default())
}

/// The hook is process-wide; the record is per thread, because every graded
/// run owns its thread (and its current-thread runtime runs every task there).
///
/// On a grading thread nothing is printed when the panic happens: the
/// harness reports it afterwards, in its verdict (an unwritten exercise, a
/// lost task panic, a panic in the graded code), with its message and
/// location. Elsewhere the usual hook prints as usual.
fn install_hook() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let record = describe(info);
            let watched = SEEN.with(|seen| match seen.borrow_mut().as_mut() {
                Some(records) => {
                    records.push(record);
                    true
                }
                None => false,
            });
            if !watched {
                previous(info);
            }
        }));
    });
}

fn describe(info: &PanicHookInfo<'_>) -> PanicRecord {
    let message = message_of(info.payload());
    let (file, line) =
        info.location().map(|at| (at.file().to_string(), at.line())).unwrap_or_default();
    PanicRecord { message, file, line }
}

/// The text a panic carries: `panic!` makes a `&str` or a `String`.
pub(crate) fn message_of(payload: &(dyn Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        text.to_string()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "(a panic without a message)".to_string()
    }
}
