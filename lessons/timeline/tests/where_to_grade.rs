//! `cargo test` inside a package folder (exercises/, solutions/, a lesson's
//! folder) tests that package, not the learner's exercises, and would end in a
//! silent "0 passed ... ok". Every package but the graded root one includes
//! this file as a test target without libtest's harness, so that such a run
//! fails instead, and says where grading happens.
//!
//! `PWD` is the folder the learner ran cargo in (cargo runs test binaries in
//! their package's folder, but leaves `PWD` as the shell set it). A run from
//! the workspace root (`cargo test --workspace`, as `verify` does) passes.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let package = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Some(root) = package.ancestors().find(|dir| dir.join("Cargo.lock").is_file()) else {
        return ExitCode::SUCCESS;
    };
    let Some(here) = std::env::var_os("PWD").map(PathBuf::from) else {
        return ExitCode::SUCCESS;
    };
    let (Ok(here), Ok(root)) = (here.canonicalize(), root.canonicalize()) else {
        return ExitCode::SUCCESS;
    };
    if here == root || !here.starts_with(&root) {
        return ExitCode::SUCCESS;
    }
    let folder = here.strip_prefix(&root).unwrap_or(&here).display().to_string();
    let depth = here.strip_prefix(&root).map_or(1, |rest| rest.components().count());
    let up = vec![".."; depth].join("/");
    let filters: Vec<String> = std::env::args().skip(1).collect();
    let command = match filters.is_empty() {
        true => "cargo test".to_string(),
        false => format!("cargo test {}", filters.join(" ")),
    };
    eprintln!(
        "\nNothing was graded: `cargo test` in {folder}/ tests the package in that folder, \
         not your exercises.\n\
         Grade from the workspace root (the folder with README.md):\n\n    \
         cd {up} && {command}\n\n\
         (`cargo test` there grades every exercise; add a lesson or an exercise name to grade \
         less.)\n"
    );
    ExitCode::FAILURE
}
