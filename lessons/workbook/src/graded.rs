//! Running the graded tests with `cargo test` and reading what each test did.
//! Everything that needs grading results goes through here, so there is one
//! grading path: the same tests a learner runs with `cargo test`.

use std::path::PathBuf;
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

/// The workspace root, where `cargo test` grades the exercises.
pub fn workspace_root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// The cargo that runs this tool (so `cargo +toolchain` is respected).
pub fn cargo() -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(workspace_root());
    command
}

/// Runs every graded test against `subject`. `Err` carries cargo's error
/// output when the tests could not be built or run at all.
pub fn run(subject: Subject) -> Result<Vec<TestResult>, String> {
    let mut command = cargo();
    command.args(["test", "--package", GRADED_PACKAGE, "--test", "grade"]);
    if subject == Subject::Solutions {
        command.args(["--features", "solutions"]);
    }
    command.args(["--", "--color", "never"]);
    let output = command.output().map_err(|error| format!("could not run cargo: {error}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let results = parse(&stdout);
    if results.is_empty() {
        return Err(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    Ok(results)
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
    fn output_without_test_lines_gives_no_results() {
        assert!(parse("error[E0425]: cannot find value `x`\n").is_empty());
    }
}
