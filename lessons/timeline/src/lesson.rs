//! What every lesson program shares: the clock it runs on, how it prints
//! durations and timelines, and the checks that keep the book's copy of its
//! output (text and pictures) fresh.

mod running;

pub use running::{Running, run_to_the_end};

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use tokio::time::Instant;

use crate::{Recorder, Timeline};

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
pub fn run<F, Fut>(title: &str, unit: Duration, lesson: F) -> anyhow::Result<()>
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

/// Prints the lesson's title, which clock it runs on, and its unit of time;
/// the pictures [`show`] draws count time in that unit.
pub fn introduce(title: &str, clock: Clock, unit: Duration) {
    shown().unit = Some(unit);
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
    show(&recorder.timeline());
    (output, took)
}

/// Prints a numbered section heading, so the output reads like the chapter.
/// The pictures [`show`] draws from here on are captioned with it.
pub fn section(number: u32, title: &str) {
    println!("\n== {number}. {title} ==\n");
    shown().section = Some(format!("{number}. {title}"));
}

/// Environment variable naming a folder: when it is set, [`show`] also draws
/// every timeline there as a picture, `lesson-NN-K.svg` for the K-th timeline
/// of the run, and keeps `lesson-NN-timelines.md` there, a markdown fragment
/// that shows them all for the book. [`assert_book_output_is_fresh`] sets it.
pub const SVG_DIR_VARIABLE: &str = "TIMELINE_SVG_DIR";

/// Prints `timeline` as text; when [`SVG_DIR_VARIABLE`] is set, also draws it
/// as a picture for the book (see there). Every timeline a lesson prints goes
/// through here, so the pictures and the text come from the same recording.
///
/// # Panics
/// When the picture cannot be written.
pub fn show(timeline: &Timeline) {
    print!("{timeline}");
    let Some(folder) = std::env::var_os(SVG_DIR_VARIABLE) else { return };
    let folder = PathBuf::from(folder);
    let name = lesson_name();
    let mut shown = shown();
    shown.pictures += 1;
    // Before `introduce` there is no unit; seconds are still true.
    let unit = shown.unit.unwrap_or(Duration::from_secs(1));
    let picture = format!("{name}-{}.svg", shown.pictures);
    write(&folder.join(&picture), &timeline.to_svg(unit));

    // A caption when a section starts: the pictures then read like the text.
    if shown.section != shown.captioned {
        if let Some(section) = &shown.section {
            let caption = format!("*{}*\n\n", markdown_text(section));
            shown.fragment.push_str(&caption);
        }
        shown.captioned = shown.section.clone();
    }
    // The fragment is included into book/src/lesson-NN.md: paths start there.
    let alt = markdown_text(&alt_text(timeline, unit));
    let image = format!("![{alt}](output/{picture})\n\n");
    shown.fragment.push_str(&image);
    write(&folder.join(format!("{name}-timelines.md")), &shown.fragment);
}

/// What a reader who cannot see the picture needs: where it starts, how many
/// rows, and how long it is.
fn alt_text(timeline: &Timeline, unit: Duration) -> String {
    let Some(first) = timeline.spans().first() else {
        return "Timeline: no tasks were recorded".to_string();
    };
    let others = match timeline.spans().len() - 1 {
        0 => String::new(),
        1 => " and 1 more row".to_string(),
        more => format!(" and {more} more rows"),
    };
    let units = timeline.end().as_secs_f64() / unit.as_secs_f64();
    format!("Timeline: {}{others}, {} long", first.label, crate::svg::units(units))
}

/// `text` with the characters markdown would read as markup escaped.
fn markdown_text(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '[' | ']' | '*' | '_' | '`' | '<' | '>') {
            plain.push('\\');
        }
        plain.push(c);
    }
    plain
}

/// The lesson's package name, `lesson-NN`: the name of its binary.
fn lesson_name() -> String {
    let binary = std::env::current_exe().expect("the lesson binary has a path");
    let name = binary.file_stem().expect("the lesson binary has a name");
    name.to_string_lossy().into_owned()
}

fn write(path: &Path, contents: &str) {
    if let Err(error) = std::fs::write(path, contents) {
        panic!("could not write {}: {error}", path.display());
    }
}

/// What this run has printed so far that the pictures depend on.
struct Shown {
    unit: Option<Duration>,
    section: Option<String>,
    /// The section the last caption named.
    captioned: Option<String>,
    pictures: usize,
    fragment: String,
}

/// One lesson is one process, so the state of its output is process-wide.
static SHOWN: Mutex<Shown> = Mutex::new(Shown {
    unit: None,
    section: None,
    captioned: None,
    pictures: 0,
    fragment: String::new(),
});

fn shown() -> MutexGuard<'static, Shown> {
    // A panic while printing leaves the state usable for the rest.
    SHOWN.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
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
/// what the book shows, byte for byte: the text in
/// `book/src/output/lesson-NN.txt` for the lesson package in `manifest_dir`
/// (`lessons/lesson-NN`), and the pictures of its timelines with the fragment
/// that shows them (`lesson-NN-K.svg`, `lesson-NN-timelines.md`, drawn with
/// [`SVG_DIR_VARIABLE`] set): the same files, with the same bytes.
///
/// # Panics
/// When the binary fails, two runs differ, or the copy is stale; the message
/// says how to refresh it.
pub fn assert_book_output_is_fresh(binary: &str, manifest_dir: &str) {
    let package = Path::new(manifest_dir);
    let name = package.file_name().expect("a lesson package folder").to_string_lossy();
    let book_output = package.join("../../book/src/output");
    let first = run_on_virtual_clock(binary, &name, 0);
    // Chance must not shape the output the book shows: a `select!` without
    // `biased`, or thread timing, would show up as runs that differ.
    for run in 1..RUNS_COMPARED {
        let again = run_on_virtual_clock(binary, &name, run);
        if let Some((line, (first, other))) =
            first.text.lines().zip(again.text.lines()).enumerate().find(|(_, (a, b))| a != b)
        {
            panic!(
                "two --virtual-clock runs printed different output (line {}):\n{first}\n{other}\n\
                 Something in the lesson depends on chance: a `select!` without `biased;`, or \
                 the timing of real threads.",
                line + 1
            );
        }
        assert_eq!(first.text, again.text, "two --virtual-clock runs printed different output");
        let names = |run: &Run| run.pictures.keys().cloned().collect::<Vec<_>>();
        assert_eq!(names(&first), names(&again), "two --virtual-clock runs drew other pictures");
        if let Some(file) =
            first.pictures.keys().find(|file| first.pictures[*file] != again.pictures[*file])
        {
            panic!(
                "two --virtual-clock runs drew {file} differently: the recording depends on chance"
            );
        }
    }
    assert_book_copy_is_fresh(&first.text, &book_output.join(format!("{name}.txt")));
    assert_book_pictures_are_fresh(&first.pictures, &book_output, &name);
}

/// How many times the freshness check runs a lesson to see that its output
/// does not change from run to run.
const RUNS_COMPARED: usize = 3;

/// What one run of a lesson printed, and the pictures it drew, by file name.
struct Run {
    text: String,
    pictures: BTreeMap<String, Vec<u8>>,
}

fn run_on_virtual_clock(binary: &str, name: &str, run: usize) -> Run {
    // Lessons are checked in parallel, each by its own test process.
    let folder =
        std::env::temp_dir().join(format!("{name}-timelines-{}-{run}", std::process::id()));
    // Left over only if an earlier check with this process id was killed.
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("could not make a folder for the pictures");
    let output = Command::new(binary)
        .arg(VIRTUAL_CLOCK_FLAG)
        .env(SVG_DIR_VARIABLE, &folder)
        // The book shows a run without a log filter of the reader's own.
        .env_remove("RUST_LOG")
        .output()
        .expect("could not run the lesson");
    let pictures = pictures_in(&folder, name);
    let _ = std::fs::remove_dir_all(&folder);
    assert!(
        output.status.success(),
        "the lesson failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).expect("lesson output is UTF-8");
    Run { text, pictures }
}

/// The files of `folder` that belong to the pictures of lesson `name`.
fn pictures_in(folder: &Path, name: &str) -> BTreeMap<String, Vec<u8>> {
    let fragment = format!("{name}-timelines.md");
    let prefix = format!("{name}-");
    let mut pictures = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(folder) else { return pictures };
    for entry in entries {
        let path = entry.expect("could not list the pictures").path();
        let file = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        if file == fragment || (file.starts_with(&prefix) && file.ends_with(".svg")) {
            let bytes = std::fs::read(&path).expect("could not read a picture");
            pictures.insert(file, bytes);
        }
    }
    pictures
}

/// Checks that `book_output` holds exactly `pictures` among the files of
/// lesson `name`; with [`UPDATE_VARIABLE`] set, writes them there and
/// deletes the ones no longer drawn.
fn assert_book_pictures_are_fresh(
    pictures: &BTreeMap<String, Vec<u8>>,
    book_output: &Path,
    name: &str,
) {
    let committed = pictures_in(book_output, name);
    if std::env::var_os(UPDATE_VARIABLE).is_some() {
        for stale in committed.keys().filter(|file| !pictures.contains_key(*file)) {
            std::fs::remove_file(book_output.join(stale))
                .expect("could not delete a stale picture");
        }
        for (file, bytes) in pictures {
            std::fs::write(book_output.join(file), bytes).expect("could not write a picture");
        }
        return;
    }
    let mut problems = Vec::new();
    for (file, bytes) in pictures {
        match committed.get(file) {
            None => problems.push(format!("{file} is missing")),
            Some(old) if old != bytes => problems.push(format!("{file} is stale")),
            Some(_) => {}
        }
    }
    for file in committed.keys().filter(|file| !pictures.contains_key(*file)) {
        problems.push(format!("{file} is no longer drawn"));
    }
    assert!(
        problems.is_empty(),
        "the book's pictures of {name}'s timelines in {} differ from what the code draws:\n  {}\n\
         Refresh them with `{UPDATE_VARIABLE}=1 cargo test --workspace --exclude async-workbook`.",
        book_output.display(),
        problems.join("\n  ")
    );
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

/// Checks that the book's copy of a real-clock lesson's output has the same
/// shape as `output`, a fresh run of it: line by line, with times, ratios and
/// ports masked by [`mask_measurements`]. The copy is
/// `book/src/output/lesson-NN.txt` for the lesson package in `manifest_dir`;
/// with [`UPDATE_VARIABLE`] set, `output` is written there instead, unless
/// only its measurements changed (so a refresh leaves it alone).
///
/// # Panics
/// When the copy has another shape; the message says how to refresh it.
pub fn assert_book_copy_has_the_same_shape(output: &str, manifest_dir: &str) {
    BookCopy::of(manifest_dir).check(output, |committed, path| {
        let shape = |text: &str| text.lines().map(mask_measurements).collect::<Vec<_>>();
        let (now, then) = (shape(output), shape(committed));
        if let Some((line, (a, b))) = now.iter().zip(&then).enumerate().find(|(_, (a, b))| a != b) {
            return Some(format!(
                "{} is stale at line {}: the lesson now prints\n  {a}\nwhere the book shows\n  {b}",
                path.display(),
                line + 1,
            ));
        }
        (now.len() != then.len()).then(|| {
            format!(
                "{} is stale: it has {} lines, the lesson now prints {}.",
                path.display(),
                then.len(),
                now.len()
            )
        })
    });
}

/// Checks that the book's copy of a real-clock lesson's output holds the
/// same lines as `output`, a fresh run of it, in any order: for a lesson
/// whose lines come in an order that varies. `shape` gives each line as
/// compared, with what varies masked, or `None` for a line left out. The
/// copy and [`UPDATE_VARIABLE`] are as for [`assert_book_copy_has_the_same_shape`].
///
/// # Panics
/// When the copy holds other lines; the message says how to refresh it.
pub fn assert_book_copy_has_the_same_lines(
    output: &str,
    manifest_dir: &str,
    shape: impl Fn(&str) -> Option<String>,
) {
    BookCopy::of(manifest_dir).check(output, |committed, path| {
        let lines = |text: &str| text.lines().filter_map(&shape).collect::<BTreeSet<_>>();
        let (now, then) = (lines(output), lines(committed));
        let new: Vec<&String> = now.difference(&then).collect();
        let gone: Vec<&String> = then.difference(&now).collect();
        (!new.is_empty() || !gone.is_empty()).then(|| {
            format!(
                "{} is stale: the lesson now prints {new:?}, and no longer {gone:?}.",
                path.display()
            )
        })
    });
}

/// The book's copy of a real-clock lesson's output, to compare with a run.
struct BookCopy {
    path: PathBuf,
    /// What the copy holds now (empty when it is missing: stale, then).
    committed: String,
    name: String,
}

impl BookCopy {
    /// The copy for the lesson package in `manifest_dir`.
    fn of(manifest_dir: &str) -> BookCopy {
        let package = Path::new(manifest_dir);
        let name = package.file_name().expect("a lesson package folder").to_string_lossy();
        let path = package.join(format!("../../book/src/output/{name}.txt"));
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        BookCopy { path, committed, name: name.into_owned() }
    }

    /// `stale` says how the copy differs from `output` (`None`: it does not,
    /// but for what real runs vary in). A stale copy fails the test, or,
    /// with [`UPDATE_VARIABLE`] set, is replaced by `output`.
    fn check(&self, output: &str, stale: impl Fn(&str, &Path) -> Option<String>) {
        let Some(problem) = stale(&self.committed, &self.path) else { return };
        if std::env::var_os(UPDATE_VARIABLE).is_some() {
            std::fs::write(&self.path, output).expect("could not write the book's copy");
            return;
        }
        panic!("{problem} Refresh it with `{UPDATE_VARIABLE}=1 cargo test -p {}`.", self.name);
    }
}

/// `line` as two real runs print it alike: its times (`0.503 s`, `0.50s`)
/// and ratios (`2.21x`) made `T`, its ports on 127.0.0.1 made `PORT`, the
/// bars of a timeline removed and runs of spaces made one.
pub fn mask_measurements(line: &str) -> String {
    let mut masked = String::new();
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("127.0.0.1:") {
            masked.push_str("127.0.0.1:PORT");
            rest = after.trim_start_matches(|c: char| c.is_ascii_digit());
        } else if let Some(after) = measured_number(rest) {
            masked.push('T');
            rest = after;
        } else {
            if c != '█' && c != '░' {
                masked.push(c);
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    masked.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// When `text` starts with a measured number (`0.503 s`, `0.50s`, `2.21x`),
/// what follows it.
fn measured_number(text: &str) -> Option<&str> {
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let whole = digits(text);
    let after_point = text[whole..].strip_prefix('.')?;
    let fraction = digits(after_point);
    if whole == 0 || fraction == 0 {
        return None;
    }
    let after = &after_point[fraction..];
    after.strip_prefix(" s").or_else(|| after.strip_prefix('s')).or_else(|| after.strip_prefix('x'))
}

/// The number of seconds printed right after `prefix` at the start of a line
/// of `output`: `crawled in 0.362 s` gives 0.362 for `crawled in `.
///
/// # Panics
/// When no line starts with `prefix`, or no number follows it.
pub fn seconds_after(output: &str, prefix: &str) -> f64 {
    let line = output.lines().find_map(|line| line.strip_prefix(prefix));
    let line = line.unwrap_or_else(|| panic!("no line starts with {prefix:?}:\n{output}"));
    let number = line.split(' ').next().unwrap_or_default();
    number.parse().unwrap_or_else(|_| panic!("no seconds after {prefix:?} in {line:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Outcome, Span};

    fn span(label: &str, end_units: u32) -> Span {
        let unit = Duration::from_millis(50);
        let end = unit * end_units;
        Span {
            label: label.into(),
            tokio_task: None,
            start: Duration::ZERO,
            end,
            outcome: Outcome::Finished,
        }
    }

    #[test]
    fn alt_text_names_the_first_row_the_rows_and_the_length() {
        let unit = Duration::from_millis(50);
        let timeline = Timeline::new(vec![span("rice", 3), span("meat", 8)]);
        assert_eq!(alt_text(&timeline, unit), "Timeline: rice and 1 more row, 8 units long");
        let one = Timeline::new(vec![span("soup", 1)]);
        assert_eq!(alt_text(&one, unit), "Timeline: soup, 1 unit long");
        assert_eq!(alt_text(&Timeline::default(), unit), "Timeline: no tasks were recorded");
    }

    #[test]
    fn markdown_markup_in_labels_and_titles_is_escaped() {
        assert_eq!(markdown_text("timeout_at [a] *b*"), "timeout\\_at \\[a\\] \\*b\\*");
    }

    #[test]
    fn times_ratios_and_ports_are_masked_and_bars_removed() {
        let line = "  200  0.503 s  http://127.0.0.1:38537/ok  ██░░  0.50s → 2.21x";
        assert_eq!(mask_measurements(line), "200 T http://127.0.0.1:PORT/ok T → T");
    }

    #[test]
    fn numbers_that_are_not_measurements_stay() {
        assert_eq!(
            mask_measurements("12 pages, version 1.2, at 3.5 km"),
            "12 pages, version 1.2, at 3.5 km"
        );
        assert_eq!(mask_measurements("127.0.0.2:80"), "127.0.0.2:80");
    }

    #[test]
    fn seconds_after_reads_the_number_after_the_start_of_a_line() {
        let output = "all at once: 0.503 s\ncrawled in 1.250 s (3 pages)\n";
        assert_eq!(seconds_after(output, "crawled in "), 1.25);
    }
}
