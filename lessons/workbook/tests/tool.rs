//! The tool run as a learner runs it, against a small fixture workspace
//! (tests/fixture: lesson01 passes, lesson02 is a stub with two hints).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// A fresh copy of the fixture, so that tests can change it and keep state.
fn fixture_copy(test: &str) -> PathBuf {
    let copy = std::env::temp_dir().join(format!("workbook-fixture-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&copy);
    copy_folder(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixture"), &copy);
    copy
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The tool, pointed at `root`. Each copy builds in its own target folder:
/// cargo names a path package's build by its path relative to the workspace,
/// so copies sharing a folder could pick up one another's stale binaries.
fn workbook(root: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_workbook"));
    command.env("WORKBOOK_ROOT", root).env("CARGO_TARGET_DIR", root.join("target"));
    command
}

fn run(command: &mut Command) -> (bool, String) {
    let Output { status, stdout, stderr } = command.output().unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&stdout), String::from_utf8_lossy(&stderr));
    (status.success(), text)
}

#[test]
fn progress_shows_each_lesson_and_points_at_the_first_unsolved_exercise() {
    let root = fixture_copy("progress");
    let (ok, text) = run(&mut workbook(&root));

    assert!(ok, "{text}");
    assert!(text.contains("lesson01  ████████████████████   2/2  tests  done  adding"), "{text}");
    assert!(text.contains("lesson02  ░░░░░░░░░░░░░░░░░░░░   0/1  tests        greeting"), "{text}");
    assert!(text.contains("2/3 tests, 2 of 3 exercises solved"), "{text}");
    assert!(text.contains("Next up: lesson02::greet  (exercises/src/lesson02.rs:4)"), "{text}");
    assert!(text.contains("cargo grade lesson02 greet"), "{text}");
}

#[test]
fn a_learner_can_say_where_they_start() {
    let root = fixture_copy("start");
    let (ok, said) = run(workbook(&root).args(["start", "2"]));
    assert!(ok && said.contains("You start at lesson02"), "{said}");
    let (ok, text) = run(&mut workbook(&root));
    assert!(ok, "{text}");
    assert!(text.contains("greeting  <- you start here"), "{text}");
    let (ok, text) = run(workbook(&root).args(["start", "9"]));
    assert!(!ok, "{text}");
}

#[test]
fn hint_reveals_one_more_level_each_time() {
    let root = fixture_copy("hint");
    let (ok, first) = run(workbook(&root).args(["hint", "02"]));
    assert!(ok, "{first}");
    assert!(first.contains("Hint 1 of 2: A nudge"), "{first}");
    assert!(!first.contains("Hint 2 of 2"), "{first}");

    let (_, second) = run(workbook(&root).args(["hint", "lesson02"]));
    assert!(second.contains("Hint 1 of 2") && second.contains("Hint 2 of 2: More"), "{second}");
    assert!(second.contains("That was the last hint"), "{second}");
}

#[test]
fn solution_stays_hidden_until_the_lesson_passes_unless_spoiled() {
    let root = fixture_copy("solution");
    let (ok, refused) = run(workbook(&root).args(["solution", "lesson02"]));
    assert!(!ok, "{refused}");
    assert!(refused.contains("passes 0 of 1 tests") && refused.contains("--spoil"), "{refused}");

    let (ok, spoiled) = run(workbook(&root).args(["solution", "lesson02", "--spoil"]));
    assert!(ok && spoiled.contains("format!(\"hello, {name}\")"), "{spoiled}");

    let (ok, earned) = run(workbook(&root).args(["solution", "lesson01"]));
    assert!(ok && earned.contains("Lesson 01, solved"), "{earned}");
}

#[test]
fn an_unknown_lesson_is_a_clear_error() {
    let root = fixture_copy("unknown");
    let (ok, text) = run(workbook(&root).args(["hint", "lesson09"]));
    assert!(!ok);
    assert!(
        text.contains("there is no lesson \"lesson09\"; the lessons are lesson01 to lesson02"),
        "{text}"
    );
}

#[test]
fn hint_still_works_while_the_code_does_not_compile() {
    let root = fixture_copy("hint-broken");
    std::fs::write(root.join("tests/grade/lesson02.rs"), "fn broken( {}\n").unwrap();
    let (ok, text) = run(workbook(&root).args(["hint", "02"]));
    assert!(ok, "{text}");
    assert!(text.contains("does not compile yet"), "{text}");
    assert!(text.contains("Hint 1 of 2: A nudge"), "{text}");
}

#[test]
fn a_missing_exercise_file_gets_its_own_message() {
    let root = fixture_copy("missing-file");
    std::fs::remove_file(root.join("exercises/src/lesson02.rs")).unwrap();
    let (ok, text) = run(workbook(&root).args(["hint", "2"]));
    assert!(!ok);
    assert!(text.contains("exercises/src/lesson02.rs is missing"), "{text}");
    assert!(text.contains("git checkout exercises/src/lesson02.rs"), "{text}");
}

#[test]
fn a_missing_test_file_gets_the_same_message_everywhere() {
    let root = fixture_copy("missing-tests");
    // As in the workbook, where tests/grade/lessonNN.rs includes tests/lessonNN.rs.
    std::fs::write(
        root.join("tests/grade/lesson02.rs"),
        "#[path = \"../lesson02.rs\"]\nmod lesson02;\n",
    )
    .unwrap();
    let said = "tests/lesson02.rs is missing. Restore the untouched file with `git checkout \
                tests/lesson02.rs`";
    let (ok, hint) = run(workbook(&root).args(["hint", "2"]));
    assert!(!ok && hint.contains(said), "{hint}");
    let (ok, progress) = run(&mut workbook(&root));
    assert!(ok && progress.contains(said), "{progress}");
    assert!(progress.contains("lesson01  ████████████████████   2/2  tests  done"), "{progress}");
}

#[test]
fn a_lesson_that_does_not_compile_hides_no_other() {
    let root = fixture_copy("one-broken");
    std::fs::write(root.join("tests/grade/lesson01.rs"), "fn broken( {}\n").unwrap();
    let (ok, text) = run(&mut workbook(&root));
    assert!(ok, "{text}");
    assert!(text.contains("lesson01  ░░░░░░░░░░░░░░░░░░░░  does not compile  adding"), "{text}");
    assert!(text.contains("lesson02  ░░░░░░░░░░░░░░░░░░░░   0/1  tests        greeting"), "{text}");
    assert!(text.contains("lesson01 does not compile, so its tests did not run"), "{text}");
    assert!(text.contains("error: this file contains an unclosed delimiter"), "{text}");
}

#[test]
fn when_no_lesson_compiles_it_says_so_with_the_compiler_error() {
    let root = fixture_copy("all-broken");
    for lesson in ["lesson01", "lesson02"] {
        std::fs::write(root.join(format!("tests/grade/{lesson}.rs")), "fn broken( {}\n").unwrap();
    }
    let (ok, text) = run(&mut workbook(&root));
    assert!(!ok);
    assert!(text.contains("the code does not compile"), "{text}");
    assert!(text.contains("error"), "{text}");
}

#[test]
fn a_missing_cargo_is_a_clear_error() {
    let root = fixture_copy("no-cargo");
    let (ok, text) = run(workbook(&root).env("CARGO", root.join("no-such-cargo")));
    assert!(!ok);
    assert!(text.contains("cargo was not found"), "{text}");
}

#[test]
fn a_missing_toolchain_component_is_a_clear_error() {
    let root = fixture_copy("toolchain");
    let fake_cargo = root.join("fake-cargo");
    std::fs::write(
        &fake_cargo,
        "#!/bin/sh\necho \"error: toolchain 'stable-x86_64-unknown-linux-gnu' is not installed\" >&2\nexit 1\n",
    )
    .unwrap();
    make_executable(&fake_cargo);
    let (ok, text) = run(workbook(&root).env("CARGO", &fake_cargo));
    assert!(!ok);
    assert!(text.contains("toolchain is incomplete") && text.contains("rustup"), "{text}");
}

#[test]
fn watch_regrades_on_save_and_keeps_going_after_a_compile_error() {
    let root = fixture_copy("watch");
    let mut child = Watch::start(&root);
    let lines = read_lines(&mut child.0);
    wait_for(&lines, "all lessons: 2 of 3 tests pass");
    wait_for(&lines, "lesson02::greet_says_hello_by_name");
    wait_for(&lines, "Save an exercise file");

    touch(&root.join("exercises/src/lesson02.rs"));
    wait_for(&lines, "lesson02: 0 of 1 tests pass");

    let exercise = root.join("exercises/src/lesson02.rs");
    let saved = std::fs::read_to_string(&exercise).unwrap();
    std::fs::write(root.join("exercises/src/lesson02.rs.bak"), &saved).unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    let after_backup: Vec<String> = lines.try_iter().collect();
    assert!(
        !after_backup.iter().any(|line| line.contains("grading")),
        "a backup file is not an exercise file: {after_backup:?}"
    );
    std::fs::remove_file(&exercise).unwrap();
    wait_for(&lines, "exercises/src/lesson02.rs was deleted");
    std::fs::write(&exercise, &saved).unwrap();
    wait_for(&lines, "lesson02 is back: grading");
    wait_for(&lines, "lesson02: 0 of 1 tests pass");

    std::fs::write(root.join("tests/grade/lesson02.rs"), "fn broken( {}\n").unwrap();
    touch(&exercise);
    wait_for(&lines, "Waiting for the next save");
    let still_running = child.0.try_wait().unwrap().is_none();
    assert!(still_running, "watch must not exit on a compile error");
}

/// Makes lesson01's second test end the whole test binary with `how`, as an
/// exercise that calls `std::process::abort()` or `exit(0)` would.
fn crash_in_lesson01(root: &Path, how: &str) {
    let tests = root.join("tests/grade/lesson01.rs");
    let source = std::fs::read_to_string(&tests).unwrap();
    let crashing = format!("fn double_doubles() {{ {how}; }}");
    std::fs::write(&tests, source.replace("fn double_doubles() {}", &crashing)).unwrap();
}

#[test]
fn a_test_binary_that_dies_is_never_taken_for_a_pass() {
    for (name, how, ended) in [
        ("abort", "std::process::abort()", "signal: 6"),
        ("exit", "std::process::exit(0)", "exit status: 0"),
    ] {
        let root = fixture_copy(&format!("crash-{name}"));
        crash_in_lesson01(&root, how);

        let (_, progress) = run(&mut workbook(&root));
        assert!(progress.contains("lesson01"), "{how}: {progress}");
        assert!(!progress.contains("done  adding"), "{how}: lesson01 shown done:\n{progress}");
        assert!(
            progress.contains("lesson02  ░░░░░░░░░░░░░░░░░░░░   0/1  tests"),
            "{how}: the other lessons' binaries must still run:\n{progress}"
        );

        let (ok, solution) = run(workbook(&root).args(["solution", "lesson01"]));
        assert!(!ok && solution.contains("stays hidden"), "{how}: {solution}");

        let mut child = Watch::start(&root);
        let lines = read_lines(&mut child.0);
        wait_for(&lines, &format!("Did not report: the test binary stopped ({ended}"));
    }
}

/// A running `watch`, killed when dropped, so that a failing test never
/// leaves it behind holding the test's output open.
struct Watch(Child);

impl Watch {
    fn start(root: &Path) -> Watch {
        Watch(workbook(root).arg("watch").stdout(Stdio::piped()).spawn().unwrap())
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Changes the file's modification time, as saving it would.
fn touch(path: &Path) {
    // File systems may store times to the second; make the change visible.
    std::thread::sleep(Duration::from_millis(1100));
    let text = std::fs::read_to_string(path).unwrap();
    std::fs::write(path, text).unwrap();
}

fn read_lines(child: &mut Child) -> mpsc::Receiver<String> {
    let stdout = child.stdout.take().unwrap();
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        use std::io::BufRead;
        for line in std::io::BufReader::new(stdout).lines().map_while(Result::ok) {
            if send.send(line).is_err() {
                break;
            }
        }
    });
    receive
}

/// Reads lines until one contains `text`; a bounded wait, so the test cannot hang.
fn wait_for(lines: &mpsc::Receiver<String>, text: &str) {
    let mut seen = Vec::new();
    while let Ok(line) = lines.recv_timeout(Duration::from_secs(60)) {
        if line.contains(text) {
            return;
        }
        seen.push(line);
    }
    panic!("watch never printed {text:?}; it printed:\n{}", seen.join("\n"));
}

#[cfg(unix)]
fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}
