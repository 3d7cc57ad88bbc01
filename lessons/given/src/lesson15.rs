//! Given helpers for lesson 15: threads too: the multi-thread runtime.
//!
//! `exercises/src/lesson15.rs` and `solutions/src/lesson15.rs` both
//! import these. They are already timed and traced: the grader sees how
//! your code used them. In a stress test on two threads, where real
//! seconds would be too slow, their waits are cut short: see
//! [`work_for`].

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use timeline::grade::work_for;
use timeline::traced;

/// One unit of time in the graded tests: one virtual second.
const UNIT: Duration = Duration::from_secs(1);

/// Takes `buyer`'s payment for a ticket: 1 unit, traced as the buyer's name.
/// Given.
pub async fn take_payment(buyer: &'static str) {
    traced(buyer, work_for(UNIT)).await;
}

/// Serves `page` to one visitor: 1 unit, traced as `"serve /home"` for
/// `"/home"`. Given.
pub async fn serve(page: &'static str) {
    traced(&format!("serve {page}"), work_for(UNIT)).await;
}

tokio::task_local! {
    /// The id of the request being handled, set for a request's future by
    /// `REQUEST_ID.scope(id, future)`. A task spawned inside that future
    /// does not see it unless it is given a scope of its own.
    pub static REQUEST_ID: u64;
}

/// Looks `item` up for the current request: 1 unit, traced as the item's
/// name. Returns `"cart for request 7"` when it runs inside the scope of
/// request 7, and `"cart for no request"` outside any. Given.
pub async fn lookup(item: &'static str) -> String {
    traced(item, work_for(UNIT)).await;
    match REQUEST_ID.try_with(|id| *id) {
        Ok(id) => format!("{item} for request {id}"),
        Err(_) => format!("{item} for no request"),
    }
}

/// A notebook that is not thread-safe, like many handles to a C library or
/// a GUI: clones share the same pages through an `Rc`, so a `Notebook`
/// (and any future that holds one) is not `Send`. Given.
#[derive(Clone, Debug, Default)]
pub struct Notebook {
    lines: Rc<RefCell<Vec<String>>>,
}

impl Notebook {
    /// An empty notebook.
    pub fn new() -> Notebook {
        Notebook::default()
    }

    /// Works on `job` for `units` units (traced as the job's name), then
    /// writes the job's name as a new line.
    pub async fn write(&self, job: &'static str, units: u64) {
        traced(job, work_for(units as u32 * UNIT)).await;
        self.lines.borrow_mut().push(job.to_string());
    }

    /// Every line written so far, in the order they were written.
    pub fn lines(&self) -> Vec<String> {
        self.lines.borrow().clone()
    }
}
