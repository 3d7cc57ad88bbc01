//! The harness's verdicts on how a run went, in words for the learner. Each
//! names what actually happened and what to do instead.

use std::time::Duration;

use super::panics::PanicRecord;
use crate::Timeline;
use crate::draw::seconds;

pub(crate) fn blocked(waited: Duration) -> String {
    format!(
        "\n\nBlocked: the runtime's thread was stuck inside your code: after {waited:.2?} of real \
         time it still could not run anything else, and the run never ended.\n\
         Under the paused clock a correct run takes milliseconds. Something keeps the thread \
         busy without ever reaching an `.await` that waits: a loop that never awaits, \
         `std::thread::sleep`, blocking I/O, or a `std::sync::Mutex` locked while another \
         task holds its guard across an `.await` (the lock then waits for a task that can \
         never run; hold a std guard only between awaits, or use `tokio::sync::Mutex`).\n\
         Use `tokio::time::sleep(..).await` to wait, and `tokio::task::spawn_blocking` for heavy \
         work.\n"
    )
}

pub(crate) fn blocking(busy: Duration, timeline: &Timeline) -> String {
    format!(
        "\n\nBlocking: the runtime's thread was kept busy for {busy:.2?} of real time, but under \
         the paused clock a correct run takes milliseconds.\n\
         Something blocked the thread, so no other task could run meanwhile: \
         `std::thread::sleep` (use `tokio::time::sleep(..).await`), \
         or heavy work on the runtime thread (use `tokio::task::spawn_blocking`).\n\
         Your code ran like this (virtual time stands still while the thread is blocked):\n\n\
         {timeline}"
    )
}

pub(crate) fn busy(real: Duration, finished: bool) -> String {
    let what = if finished {
        format!("took {real:.2?} of real time")
    } else {
        format!("was still going after {real:.2?} of real time")
    };
    format!(
        "\n\nBusy: the run {what} while virtual time stood still. The runtime's thread was \
         free (it was not blocked), but it never ran out of work: some task was always ready to \
         run again, and the paused clock only moves when every task is waiting.\n\
         That is a task that polls in a loop, for example `loop {{ yield_now().await }}` until \
         something changes, instead of waiting for it.\n\
         Wait for the thing itself: a channel, a `Notify`, a `JoinHandle`, or \
         `tokio::time::sleep(..).await` between checks.\n"
    )
}

pub(crate) fn outside(real: Duration) -> String {
    format!(
        "\n\nWaiting outside the runtime: after {real:.2?} of real time the runtime was idle, \
         waiting for work that runs outside it and had not finished: a `spawn_blocking` \
         closure or a `std::thread` that never ends (or blocks for ever on a lock, a channel, \
         or I/O).\n\
         The paused clock stands still while `spawn_blocking` work is out, so this would wait \
         for ever. Make the blocking work end, or do the waiting with tokio, in the runtime.\n"
    )
}

pub(crate) fn outside_unseen(real: Duration, jumped: Duration, timeline: &Timeline) -> String {
    format!(
        "\n\nWork outside the runtime that the paused clock cannot see: your code waited for \
         something that was not a tokio task or timer (a `std::thread`, say) and got its answer \
         after {real:.2?} of real time. Meanwhile the runtime, seeing nothing to do, moved the \
         paused clock ahead {jumped}, so every timing the test checks is wrong.\n\
         Run blocking work with `tokio::task::spawn_blocking` and await its handle: the paused \
         clock waits for it.\n\
         Your code ran like this before the clock jumped:\n\n{timeline}",
        jumped = describe_wait(jumped),
    )
}

pub(crate) fn clock_resumed() -> String {
    "\n\nClock resumed: your code called `tokio::time::resume()` (or something that does), \
     so virtual time ran on with real time and every timing is off. The grader runs your \
     code on tokio's paused clock on purpose: leave the clock alone.\n"
        .to_string()
}

pub(crate) fn stuck_on_real_clock(waited: Duration) -> String {
    format!(
        "\n\nBlocked: the code never gave the runtime a chance to run; it was still going after \
         {waited:.2?} of real time, and even the hang limit could not fire.\n\
         Something keeps the thread busy: a loop that never reaches an `.await`, \
         `std::thread::sleep`, or blocking I/O.\n\
         Use `tokio::time::sleep(..).await` to wait, and `tokio::task::spawn_blocking` for heavy \
         work.\n"
    )
}

/// "10 minutes of virtual time", "2.50s of virtual time".
pub(crate) fn describe_wait(limit: Duration) -> String {
    if limit.as_secs() >= 60 && limit.as_secs().is_multiple_of(60) && limit.subsec_nanos() == 0 {
        format!("{} minutes of virtual time", limit.as_secs() / 60)
    } else {
        format!("{} of virtual time", seconds(limit))
    }
}

pub(crate) fn hung(timeline: &Timeline, waited: String) -> String {
    format!(
        "\n\nHung: the code was still waiting after {waited}, so it would never finish.\n\
         Something waits for what never happens: a task that never ends, a channel nobody sends \
         on or closes, a lock or a semaphore permit nobody gives back, a request to a server \
         that never answers, sent without a time limit.\n\
         Your code ran like this before it got stuck:\n\n{timeline}"
    )
}

pub(crate) fn task_panics(panics: &[PanicRecord], expected: usize) -> String {
    let list: Vec<String> = panics.iter().map(describe_panic).collect();
    let handled = if expected == 0 {
        "This exercise expects none.".to_string()
    } else {
        format!("This exercise expects exactly {expected}, each handled through its `JoinError`.")
    };
    format!(
        "\n\nA spawned task panicked {} time(s). {handled}\n{}\n\
         tokio catches a panic inside a task and hands it to whoever awaits the JoinHandle, \
         as an `Err(JoinError)`. If nobody awaits it, the panic is lost (tokio only prints it), \
         so the grader reports it here.\n",
        panics.len(),
        list.join("\n"),
    )
}

pub(crate) fn code_panicked(panics: &[PanicRecord]) -> String {
    let what = match panics.split_last() {
        None => "  (no message)".to_string(),
        Some((last, [])) => describe_panic(last),
        Some((last, tasks)) => {
            let tasks: Vec<String> = tasks.iter().map(describe_panic).collect();
            format!(
                "{}\nbefore that, a spawned task panicked:\n{}",
                describe_panic(last),
                tasks.join("\n")
            )
        }
    };
    format!(
        "\n\nPanicked: the graded code panicked instead of returning:\n{what}\n\
         An `.unwrap()` or `.expect(..)` on an `Err` (a `JoinError` from a task that panicked \
         or was aborted, say) does this; so does indexing past the end of a `Vec`.\n"
    )
}

fn describe_panic(record: &PanicRecord) -> String {
    format!("  '{}' at {}:{}", record.message, record.file, record.line)
}

pub(crate) fn leak(alive: usize, still_running: usize, timeline: &Timeline) -> String {
    let ended_after = alive - still_running;
    let mut what = format!(
        "\n\nLeak: {alive} spawned task(s) were still alive at the moment your code returned."
    );
    if still_running > 0 {
        what.push_str(&format!(" {still_running} of them went on running after it."));
    }
    if ended_after > 0 {
        what.push_str(&format!(
            " {ended_after} of them ended just after it, at the same instant: aborted or done, \
             but not awaited."
        ));
    }
    format!(
        "{what}\n\
         Dropping a JoinHandle does not stop its task, and `abort()` only asks it to stop. \
         Await every handle (after `abort()` too, or use `JoinSet::shutdown`) before returning, \
         so that every task has ended when your function does. Waiting just as long as the \
         slowest task instead does not count: it ends at the same instant, not before.\n\
         Your code ran like this, up to the moment it returned:\n\n{timeline}"
    )
}
