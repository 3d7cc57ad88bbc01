//! What every lesson program shares: the clock it runs on, how it prints
//! durations, and the check that keeps the book's copy of its output fresh.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use tokio::time::Instant;

use crate::Recorder;

/// The flag that runs a lesson on tokio's paused clock.
pub const VIRTUAL_CLOCK_FLAG: &str = "--virtual-clock";

/// Which clock a lesson runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    /// Wall-clock time: the measurements are real and vary a little.
    Real,
    /// tokio's paused clock: sleeps complete at once and every number is exact.
    Virtual,
}

impl Clock {
    /// Reads the command line: [`VIRTUAL_CLOCK_FLAG`] selects the virtual clock.
    pub fn from_args() -> Clock {
        if std::env::args().any(|arg| arg == VIRTUAL_CLOCK_FLAG) {
            Clock::Virtual
        } else {
            Clock::Real
        }
    }

    /// A current-thread runtime on this clock: what `#[tokio::main(flavor =
    /// "current_thread")]` builds, with the clock paused from the start when
    /// virtual. (Pausing later, with `tokio::time::pause`, leaves the timer
    /// between two of its millisecond ticks, and every sleep then ends up to
    /// a millisecond late; starting paused keeps times exact.)
    pub fn runtime(self) -> std::io::Result<tokio::runtime::Runtime> {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .start_paused(self == Clock::Virtual)
            .build()
    }

    /// One line saying which clock this run uses.
    pub fn describe(self) -> &'static str {
        match self {
            Clock::Real => "Clock: real time (run with --virtual-clock for exact, instant output).",
            Clock::Virtual => "Clock: virtual (tokio's paused clock): every number below is exact.",
        }
    }
}

/// Runs a lesson program: reads the clock flag, builds a current-thread
/// runtime on that clock, records tasks for the whole process, prints the
/// title, and runs `lesson` with the recorder. What `#[tokio::main]` does,
/// plus what every lesson needs.
pub fn run<F, Fut>(title: &str, unit: Duration, lesson: F) -> std::io::Result<()>
where
    F: FnOnce(Recorder) -> Fut,
    Fut: Future<Output = ()>,
{
    let clock = Clock::from_args();
    clock.runtime()?.block_on(async {
        let recorder = Recorder::install();
        introduce(title, clock, unit);
        lesson(recorder).await;
    });
    Ok(())
}

/// Prints the lesson's title, which clock it runs on, and its unit of time.
pub fn introduce(title: &str, clock: Clock, unit: Duration) {
    println!("{title}");
    println!("{}", clock.describe());
    println!("One unit of time is {} here.", secs(unit));
}

/// Runs `work` on a fresh timeline, draws the timeline, and returns what
/// `work` returned and how long it took on the lesson's clock.
pub async fn time_and_draw<F: Future>(recorder: &Recorder, work: F) -> (F::Output, Duration) {
    recorder.restart();
    let started = Instant::now();
    let output = work.await;
    let took = started.elapsed();
    print!("{}", recorder.timeline());
    (output, took)
}

/// Prints a numbered section heading, so the output reads like the chapter.
pub fn section(number: u32, title: &str) {
    println!("\n== {number}. {title} ==\n");
}

/// A duration in seconds with three decimals: `1.600 s`.
pub fn secs(duration: Duration) -> String {
    format!("{:.3} s", duration.as_secs_f64())
}

/// How many times longer `slow` took than `fast`: `2.00x`.
pub fn ratio(slow: Duration, fast: Duration) -> String {
    format!("{:.2}x", slow.as_secs_f64() / fast.as_secs_f64())
}

/// Environment variable that makes [`assert_book_output_is_fresh`] rewrite
/// the book's copy instead of failing.
pub const UPDATE_VARIABLE: &str = "UPDATE_BOOK_OUTPUT";

/// Runs a lesson binary on the virtual clock and checks that its output is
/// the copy the book shows, byte for byte: `book/src/output/lesson-NN.txt`
/// for the lesson package in `manifest_dir` (`lessons/lesson-NN`).
///
/// # Panics
/// When the binary fails or the copy is stale; the message says how to refresh it.
pub fn assert_book_output_is_fresh(binary: &str, manifest_dir: &str) {
    let package = Path::new(manifest_dir);
    let name = package.file_name().expect("a lesson package folder").to_string_lossy();
    let book_copy = package.join(format!("../../book/src/output/{name}.txt"));
    let output = run_on_virtual_clock(binary);
    // Chance must not shape the output the book shows: a `select!` without
    // `biased`, or thread timing, would show up as runs that differ.
    for _ in 1..RUNS_COMPARED {
        let again = run_on_virtual_clock(binary);
        if let Some((line, (first, other))) =
            output.lines().zip(again.lines()).enumerate().find(|(_, (a, b))| a != b)
        {
            panic!(
                "two --virtual-clock runs printed different output (line {}):\n{first}\n{other}\n\
                 Something in the lesson depends on chance: a `select!` without `biased;`, or \
                 the timing of real threads.",
                line + 1
            );
        }
        assert_eq!(output, again, "two --virtual-clock runs printed different output");
    }
    assert_book_copy_is_fresh(&output, &book_copy);
}

/// How many times the freshness check runs a lesson to see that its output
/// does not change from run to run.
const RUNS_COMPARED: usize = 3;

fn run_on_virtual_clock(binary: &str) -> String {
    let run =
        Command::new(binary).arg(VIRTUAL_CLOCK_FLAG).output().expect("could not run the lesson");
    assert!(run.status.success(), "the lesson failed:\n{}", String::from_utf8_lossy(&run.stderr));
    String::from_utf8(run.stdout).expect("lesson output is UTF-8")
}

/// Checks that `book_copy` holds exactly `text`; with [`UPDATE_VARIABLE`]
/// set, writes it there instead.
///
/// # Panics
/// When the copy is stale; the message says how to refresh it.
pub fn assert_book_copy_is_fresh(text: &str, book_copy: &Path) {
    if std::env::var_os(UPDATE_VARIABLE).is_some() {
        std::fs::write(book_copy, text).expect("could not write the book's copy");
        return;
    }
    let committed = std::fs::read_to_string(book_copy).unwrap_or_default();
    assert!(
        committed == text,
        "{} is stale: the code now prints something else.\n\
         Refresh it with `{UPDATE_VARIABLE}=1 cargo test --workspace --exclude async-workbook`.\n\n\
         The code now prints:\n{text}",
        book_copy.display()
    );
}
