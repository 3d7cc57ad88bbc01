//! Running the graded tests with `cargo test` and reading what each test did.
//! Everything that needs grading results goes through here, so there is one
//! grading path: the same tests a learner runs with `cargo test`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The package whose integration tests are the graded tests.
pub const GRADED_PACKAGE: &str = "async-workbook";

/// Which crate the graded tests grade.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    /// The learner's `exercises` crate (plain `cargo test`).
    Exercises,
    /// The reference `solutions` crate (`--features solutions`).
    Solutions,
}

/// One graded test's result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestResult {
    /// Its full name, `lesson03::gather_fail_fast_...`.
    pub name: String,
    /// Whether it passed.
    pub passed: bool,
    /// What it printed when it failed (its panic message); empty otherwise.
    pub output: String,
}

impl TestResult {
    /// The lesson module the test belongs to: `lesson03`.
    pub fn lesson(&self) -> &str {
        self.name.split("::").next().unwrap_or(&self.name)
    }
}

/// The workspace root, where `cargo test` grades the exercises. The
/// `WORKBOOK_ROOT` variable points the tool at another copy (its own tests use
/// a small fixture).
pub fn workspace_root() -> PathBuf {
    match std::env::var_os("WORKBOOK_ROOT") {
        Some(root) => PathBuf::from(root),
        None => PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")),
    }
}

/// The cargo that runs this tool (so `cargo +toolchain` is respected), in `root`.
pub fn cargo(root: &Path) -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(root);
    // Test binaries read `PWD` to tell a run from the workspace root from one
    // in a package's folder (see lessons/timeline/tests/where_to_grade.rs).
    command.env("PWD", root);
    command
}

/// Why the graded tests gave no results.
#[derive(Debug)]
pub enum GradeError {
    /// No `cargo` to run.
    CargoMissing,
    /// rustup could not provide part of the toolchain.
    Toolchain(String),
    /// The code does not compile; the compiler's errors.
    BuildFailed(String),
    /// cargo ran but no test result came out; what it said.
    NoResults(String),
}

impl std::fmt::Display for GradeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GradeError::CargoMissing => write!(
                f,
                "cargo was not found. Install Rust with rustup (see https://rustup.rs), \
                 open a new terminal, and try again."
            ),
            GradeError::Toolchain(said) => write!(
                f,
                "the Rust toolchain is incomplete; rustup said:\n{said}\n\
                 `rustup update` (or the `rustup component add ...` it names) fixes this."
            ),
            GradeError::BuildFailed(errors) => write!(
                f,
                "the code does not compile, so nothing could be graded. Fix the first error \
                 below and try again:\n\n{errors}"
            ),
            GradeError::NoResults(said) => write!(f, "cargo test produced no results:\n{said}"),
        }
    }
}

/// Runs the graded tests against `subject` in the workspace at `root`; with a
/// `filter`, only the tests whose names contain it (as `cargo test FILTER`).
/// A lesson that does not compile is an error here, as it is for `cargo
/// test`: callers that show the other lessons anyway use [`run_in`].
pub fn run(
    root: &Path,
    subject: Subject,
    filter: Option<&str>,
) -> Result<Vec<TestResult>, GradeError> {
    let filters: Vec<String> = filter.into_iter().map(String::from).collect();
    let graded = run_in(root, subject, &filters, None, false)?;
    match graded.broken.first() {
        Some(broken) => Err(GradeError::BuildFailed(broken.errors.clone())),
        None => Ok(graded.results),
    }
}

/// What a graded run produced.
#[derive(Debug, Default)]
pub struct Graded {
    /// Each test's result, sorted by name.
    pub results: Vec<TestResult>,
    /// The compiler's warnings about the learner's files (`exercises/src`),
    /// each as the compiler printed it. A warning such as "unused `Sleep`
    /// that must be used" is often the only clue to a future never awaited.
    pub warnings: Vec<String>,
    /// The lessons that did not compile; the others were graded all the same.
    pub broken: Vec<Broken>,
}

/// A lesson whose test binary did not compile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Broken {
    /// `lesson07`.
    pub lesson: String,
    /// The compiler's errors about it, from the first on.
    pub errors: String,
}

/// The start of the output given to a test that never reported, because
/// the test binary died while it ran (or before it could run).
pub const DID_NOT_REPORT: &str = "Did not report: the test binary stopped";

/// Runs the graded tests whose names contain any of `filters` (all of them
/// when there is none), building in `target` when given, and with warnings
/// denied when `strict`. A test that did not report because the test binary
/// died counts as failed, with a message that says how the binary ended.
///
/// Each lesson is a test binary of its own, and cargo runs none when one
/// does not compile. So a lesson that does not compile is set aside (in
/// [`Graded::broken`], with its errors) and the others are built and graded
/// again without it; only when no lesson compiles is that an error.
pub fn run_in(
    root: &Path,
    subject: Subject,
    filters: &[String],
    target: Option<&Path>,
    strict: bool,
) -> Result<Graded, GradeError> {
    let mut build = Build { subject, filters, target, strict, binaries: None };
    let mut broken: Vec<Broken> = Vec::new();
    loop {
        match run_binaries(root, &build) {
            Ok(mut graded) => {
                graded.broken = broken;
                return Ok(graded);
            }
            Err(Attempt::Failed(error)) => return Err(error),
            Err(Attempt::DidNotCompile { lessons, stderr }) => {
                let wanted = build.binaries.clone().unwrap_or_else(|| {
                    let named = lesson_binaries(root, filters);
                    if named.is_empty() { all_lesson_binaries(root) } else { named }
                });
                broken.extend(lessons.iter().map(|lesson| Broken {
                    lesson: lesson.clone(),
                    errors: errors_about(&stderr, lesson),
                }));
                let rest: Vec<String> =
                    wanted.into_iter().filter(|lesson| !lessons.contains(lesson)).collect();
                if rest.is_empty() {
                    let errors = broken.iter().map(|b| b.errors.as_str()).collect::<Vec<_>>();
                    return Err(GradeError::BuildFailed(errors.join("\n")));
                }
                build.binaries = Some(rest);
            }
        }
    }
}

/// Why one `cargo test` gave no results.
enum Attempt {
    /// These lessons' test binaries did not compile.
    DidNotCompile { lessons: Vec<String>, stderr: String },
    /// Anything else.
    Failed(GradeError),
}

fn run_binaries(root: &Path, build: &Build) -> Result<Graded, Attempt> {
    let output = graded_tests(root, build, false).map_err(Attempt::Failed)?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let warnings = learner_warnings(&stderr);
    let mut results = parse(&stdout);
    let (started, finished) = test_binaries_started_and_finished(&stdout);
    if started > 0 && started == finished && !results.is_empty() {
        return Ok(Graded { results, warnings, broken: Vec::new() });
    }
    if results.is_empty() && started == 0 {
        let lessons = lessons_that_did_not_compile(&stderr);
        if lessons.is_empty() {
            return Err(Attempt::Failed(classify(&stderr)));
        }
        return Err(Attempt::DidNotCompile { lessons, stderr });
    }
    // A binary died part way: every listed test that did not report fails.
    let listing = graded_tests(root, build, true).map_err(Attempt::Failed)?;
    let how = how_it_ended(&stderr);
    for name in listed(&String::from_utf8_lossy(&listing.stdout)) {
        if !results.iter().any(|result| result.name == name) {
            results.push(TestResult { name, passed: false, output: did_not_report(&how) });
        }
    }
    results.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(Graded { results, warnings, broken: Vec::new() })
}

/// The lessons whose test binaries cargo could not compile, from its
/// `error: could not compile `async-workbook` (test "lesson07") ...` lines.
fn lessons_that_did_not_compile(stderr: &str) -> Vec<String> {
    let marker = format!("could not compile `{GRADED_PACKAGE}` (test \"");
    let mut lessons: Vec<String> = stderr
        .lines()
        .filter_map(|line| line.split_once(&marker)?.1.split_once('"').map(|(name, _)| name))
        .map(String::from)
        .collect();
    lessons.sort();
    lessons.dedup();
    lessons
}

/// The compiler's error messages about `lesson`: those pointing into its
/// exercise file or its tests. When a file is missing the compiler says so
/// in a message of its own, and this says how to get it back.
fn errors_about(stderr: &str, lesson: &str) -> String {
    let exercise_file = format!("exercises/src/{lesson}.rs");
    if let Some(missing) = missing_lesson_file(stderr, lesson) {
        return format!("error: {}", missing_file(&missing));
    }
    let mentions = |block: &String| {
        block.contains(&exercise_file)
            || block.contains(&format!("tests/{lesson}.rs"))
            || block.contains(&format!("tests/grade/{lesson}.rs"))
    };
    let about: Vec<String> = error_blocks(stderr).into_iter().filter(mentions).collect();
    if about.is_empty() {
        return compiler_errors(stderr);
    }
    let lines: Vec<&str> = about.iter().flat_map(|block| block.lines()).take(80).collect();
    lines.join("\n")
}

/// What to say of a file of the workbook's that is not there, in the same
/// words wherever it is noticed.
pub fn missing_file(path: &str) -> String {
    format!(
        "{path} is missing. Restore the untouched file with `git checkout {path}` (or copy \
         your own back)."
    )
}

/// The lesson's file the compiler could not read, if that is what stopped
/// it: its exercise file, or its graded tests (`tests/grade/lesson05.rs`
/// reads `tests/lesson05.rs` by a path relative to itself).
fn missing_lesson_file(stderr: &str, lesson: &str) -> Option<String> {
    let line = stderr
        .lines()
        .find(|line| line.contains("couldn't read") && line.contains(&format!("{lesson}.rs")))?;
    if line.contains("exercises/src/") {
        Some(format!("exercises/src/{lesson}.rs"))
    } else if line.contains("grade/../") || line.contains(&format!("tests/{lesson}.rs")) {
        Some(format!("tests/{lesson}.rs"))
    } else {
        Some(format!("tests/grade/{lesson}.rs"))
    }
}

/// The compiler's error messages one by one, without its warnings, cargo's
/// progress lines, or cargo's own "could not compile" lines.
fn error_blocks(stderr: &str) -> Vec<String> {
    let mut blocks: Vec<String> = Vec::new();
    for line in stderr.lines().filter(|line| !is_cargo_progress(line)) {
        if line.starts_with("error") || line.starts_with("warning") {
            blocks.push(String::new());
        }
        if let Some(block) = blocks.last_mut() {
            block.push_str(line);
            block.push('\n');
        }
    }
    blocks.retain(|block| block.starts_with("error") && !block.starts_with("error: could not"));
    blocks
}

/// The compiler's `warning:` blocks that point into `exercises/src/`.
fn learner_warnings(stderr: &str) -> Vec<String> {
    let mut blocks: Vec<String> = Vec::new();
    for line in stderr.lines() {
        let starts_block = line.starts_with("warning") || line.starts_with("error");
        if starts_block {
            blocks.push(String::new());
        } else if is_cargo_progress(line) {
            blocks.push(String::new());
            continue;
        }
        if let Some(block) = blocks.last_mut() {
            block.push_str(line);
            block.push('\n');
        }
    }
    blocks
        .into_iter()
        .filter(|block| block.starts_with("warning") && block.contains("exercises/src/"))
        .collect()
}

/// How to build and select the graded tests.
struct Build<'a> {
    subject: Subject,
    filters: &'a [String],
    target: Option<&'a Path>,
    strict: bool,
    /// The lesson binaries to build and run; `None`: as the filters say.
    binaries: Option<Vec<String>>,
}

/// How many test binaries began ("running 3 tests") and how many printed
/// their closing summary ("test result: ..."). One that died part way began
/// and never finished.
fn test_binaries_started_and_finished(stdout: &str) -> (usize, usize) {
    let began = |line: &&str| {
        line.starts_with("running ") && (line.ends_with(" tests") || line.ends_with(" test"))
    };
    let started = stdout.lines().filter(began).count();
    let finished = stdout.lines().filter(|line| line.starts_with("test result:")).count();
    (started, finished)
}

fn graded_tests(
    root: &Path,
    build: &Build,
    list_only: bool,
) -> Result<std::process::Output, GradeError> {
    let mut command = cargo(root);
    // Every lesson's binary runs even when an earlier one fails.
    command.args(["test", "--package", GRADED_PACKAGE, "--no-fail-fast"]);
    let binaries = build.binaries.clone().unwrap_or_else(|| lesson_binaries(root, build.filters));
    for lesson in binaries {
        command.args(["--test", &lesson]);
    }
    if build.subject == Subject::Solutions {
        command.args(["--features", "solutions"]);
    }
    if let Some(target) = build.target {
        command.env("CARGO_TARGET_DIR", target);
    }
    if build.strict {
        command.env("RUSTFLAGS", "-D warnings");
    }
    command.args(["--", "--color", "never"]);
    if list_only {
        command.arg("--list");
    }
    command.args(build.filters);
    match command.output() {
        Ok(output) => Ok(output),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Err(GradeError::CargoMissing),
        Err(error) => Err(GradeError::NoResults(error.to_string())),
    }
}

/// Each lesson has a test binary of its own, named for the lesson (its root
/// is `tests/grade/lesson03.rs`). When every filter starts with a lesson's
/// name (`lesson03`, `lesson03::gather_in_order`), only those lessons'
/// binaries are built and run; otherwise (no filter, or one that names no
/// lesson) none is named, and cargo runs them all.
fn lesson_binaries(root: &Path, filters: &[String]) -> Vec<String> {
    let named: Option<Vec<String>> = filters
        .iter()
        .map(|filter| {
            let lesson = filter.split("::").next()?;
            let root_file = root.join("tests").join("grade").join(format!("{lesson}.rs"));
            root_file.is_file().then(|| lesson.to_string())
        })
        .collect();
    let mut lessons = named.unwrap_or_default();
    lessons.sort();
    lessons.dedup();
    lessons
}

/// Every lesson's test binary, from the roots in `tests/grade/`.
fn all_lesson_binaries(root: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(root.join("tests").join("grade")) else {
        return Vec::new();
    };
    let mut lessons: Vec<String> = entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".rs").map(String::from))
        .collect();
    lessons.sort();
    lessons
}

/// `name: test` lines of libtest's `--list`.
fn listed(stdout: &str) -> Vec<String> {
    stdout.lines().filter_map(|line| line.strip_suffix(": test")).map(String::from).collect()
}

/// How the test binary ended, as cargo reported it: "signal: 6, SIGABRT:
/// process abort signal". A binary that called `exit(0)` looks like a success
/// to cargo, which then says nothing.
fn how_it_ended(cargo_stderr: &str) -> String {
    let said = cargo_stderr
        .lines()
        .filter(|line| line.contains("process didn't exit successfully"))
        .find_map(|line| Some(line.rsplit_once(" (")?.1.trim_end_matches(')').to_string()));
    said.unwrap_or_else(|| "exit status: 0, without libtest's closing summary".to_string())
}

fn did_not_report(how: &str) -> String {
    format!(
        "\n\n{DID_NOT_REPORT} ({how}) before this test reported, so it counts as failed.\n\
         The whole process ended, not just one test: something in the code called \
         `std::process::exit` or `std::process::abort`, recursed without end (a stack \
         overflow), or asked for more memory than there is. Run `cargo test` to see the \
         last thing it printed.\n"
    )
}

/// Tells a compile error from a toolchain problem from anything else.
fn classify(stderr: &str) -> GradeError {
    if stderr.contains("could not compile") || stderr.contains("error[E") {
        return GradeError::BuildFailed(compiler_errors(stderr));
    }
    if stderr.contains("is not installed") || stderr.contains("rustup component add") {
        return GradeError::Toolchain(stderr.trim().to_string());
    }
    GradeError::NoResults(stderr.trim().to_string())
}

/// The compiler's messages from the first error on, without cargo's progress lines.
fn compiler_errors(stderr: &str) -> String {
    let kept: Vec<&str> = stderr
        .lines()
        .skip_while(|line| !line.starts_with("error"))
        .filter(|line| !is_cargo_progress(line))
        .take(80)
        .collect();
    kept.join("\n")
}

/// One of cargo's own status lines (`   Compiling exercises v0.1.0`), not
/// part of any compiler message.
fn is_cargo_progress(line: &str) -> bool {
    const PROGRESS: [&str; 5] = ["Compiling", "Finished", "Blocking", "Checking", "Running"];
    PROGRESS.iter().any(|word| line.trim_start().starts_with(word))
}

/// Reads libtest's plain output: a `test NAME ... ok|FAILED` line per test,
/// then a `---- NAME stdout ----` section per failure.
pub fn parse(stdout: &str) -> Vec<TestResult> {
    let mut results: Vec<TestResult> = stdout
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("test ")?;
            let (name, verdict) = rest.rsplit_once(" ... ")?;
            let passed = match verdict {
                "ok" => true,
                "FAILED" => false,
                _ => return None,
            };
            Some(TestResult { name: name.to_string(), passed, output: String::new() })
        })
        .collect();
    for (name, output) in failure_sections(stdout) {
        if let Some(result) = results.iter_mut().find(|result| result.name == name) {
            result.output = output;
        }
    }
    results.sort_by(|a, b| a.name.cmp(&b.name));
    results
}

fn failure_sections(stdout: &str) -> Vec<(String, String)> {
    let mut sections: Vec<(String, String)> = Vec::new();
    for line in stdout.lines() {
        let header = line.strip_prefix("---- ").and_then(|rest| rest.strip_suffix(" stdout ----"));
        if let Some(name) = header {
            sections.push((name.to_string(), String::new()));
        } else if line == "failures:" || line.starts_with("test result:") {
            // The list of failed names that follows is not part of any section.
            sections.push((String::new(), String::new()));
        } else if let Some((_, text)) = sections.last_mut() {
            text.push_str(line);
            text.push('\n');
        }
    }
    sections.retain(|(name, _)| !name.is_empty());
    sections
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
running 3 tests
test lesson01::b_fails ... FAILED
test lesson01::a_passes ... ok
test lesson02::c_fails ... FAILED

failures:

---- lesson01::b_fails stdout ----

Not written yet: lesson01::b

---- lesson02::c_fails stdout ----
assertion failed

failures:
    lesson01::b_fails
    lesson02::c_fails

test result: FAILED. 1 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out
";

    #[test]
    fn reads_each_verdict_and_each_failure_message() {
        let results = parse(SAMPLE);
        let summary: Vec<(&str, bool)> =
            results.iter().map(|r| (r.name.as_str(), r.passed)).collect();
        assert_eq!(
            summary,
            [
                ("lesson01::a_passes", true),
                ("lesson01::b_fails", false),
                ("lesson02::c_fails", false)
            ]
        );
        assert!(results[1].output.contains("Not written yet: lesson01::b"));
        assert_eq!(results[2].output.trim(), "assertion failed");
        assert_eq!(results[0].output, "");
        assert_eq!(results[2].lesson(), "lesson02");
    }

    #[test]
    fn a_compile_error_is_told_apart_from_a_toolchain_problem() {
        let compile = "   Compiling exercises v0.1.0\nerror[E0308]: mismatched types\n --> exercises/src/lesson01.rs:3:5\nerror: could not compile `exercises`";
        match classify(compile) {
            GradeError::BuildFailed(errors) => {
                assert!(errors.starts_with("error[E0308]: mismatched types"), "{errors}");
                assert!(!errors.contains("Compiling"), "{errors}");
            }
            other => panic!("expected a build failure, got {other:?}"),
        }
        let toolchain = "error: toolchain 'stable-x86_64-unknown-linux-gnu' is not installed";
        assert!(matches!(classify(toolchain), GradeError::Toolchain(_)));
        assert!(matches!(classify("something else"), GradeError::NoResults(_)));
    }

    #[test]
    fn only_warnings_about_the_learners_files_are_kept() {
        let stderr = "   Compiling exercises v0.1.0 (/w/exercises)
warning: unused `Sleep` that must be used
 --> exercises/src/lesson01.rs:12:5
  |
12 |     tokio::time::sleep(d);
  |     ^^^^^^^^^^^^^^^^^^^^^
  = note: futures do nothing unless you `.await` or poll them

warning: unused variable: `x`
 --> lessons/timeline/src/draw.rs:3:9

warning: `async-workbook` (test \"lesson01\") generated 1 warning
    Finished `test` profile [unoptimized] target(s) in 1.2s
";
        let warnings = learner_warnings(stderr);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("futures do nothing unless"), "{}", warnings[0]);
    }

    #[test]
    fn how_the_binary_ended_comes_from_cargo() {
        let aborted = "error: test failed, to rerun pass `--test lesson01`\n\nCaused by:\n  process didn't exit successfully: `/t/lesson01-1 lesson01::` (signal: 6, SIGABRT: process abort signal)\n";
        assert_eq!(how_it_ended(aborted), "signal: 6, SIGABRT: process abort signal");
        assert!(how_it_ended("").contains("exit status: 0"));
    }

    #[test]
    fn a_binary_that_began_and_never_summed_up_is_unfinished() {
        let one_died = "running 0 tests\n\ntest result: ok. 0 passed\n\nrunning 2 tests\ntest lesson02::a ... ok\n";
        assert_eq!(test_binaries_started_and_finished(one_died), (2, 1));
        assert_eq!(test_binaries_started_and_finished(SAMPLE), (1, 1));
        assert_eq!(test_binaries_started_and_finished("running 1 test\n"), (1, 0));
    }

    #[test]
    fn a_filter_that_names_a_lesson_selects_its_binary_only() {
        let root = std::env::temp_dir().join(format!("workbook-binaries-{}", std::process::id()));
        std::fs::create_dir_all(root.join("tests/grade")).unwrap();
        std::fs::write(root.join("tests/grade/lesson03.rs"), "").unwrap();
        let select = |filters: &[&str]| {
            let filters: Vec<String> = filters.iter().map(|f| f.to_string()).collect();
            lesson_binaries(&root, &filters)
        };
        assert_eq!(select(&["lesson03::gather", "lesson03"]), ["lesson03"]);
        assert!(select(&[]).is_empty(), "no filter: every binary");
        assert!(
            select(&["lesson03", "gather"]).is_empty(),
            "a filter naming no lesson: every binary"
        );
        assert!(select(&["lesson09"]).is_empty(), "no such binary: let cargo run them all");
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn output_without_test_lines_gives_no_results() {
        assert!(parse("error[E0425]: cannot find value `x`\n").is_empty());
    }
}
