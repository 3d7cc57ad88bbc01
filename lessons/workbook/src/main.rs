//! The workbook's own tool.
//!
//! `cargo run -p workbook -- verify` is the maintainer check: every graded
//! test passes on the reference solutions and fails on the untouched stubs.

mod graded;
mod verify;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo run -p workbook -- <command>

commands:
  verify    maintainer check: the harness and lessons pass their own tests,
            every graded test passes on solutions/ and fails on the
            untouched exercises/ stubs with the \"not written yet\" message";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("verify") => verify::run(),
        Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("unknown command {other:?}\n\n{USAGE}");
            ExitCode::FAILURE
        }
        None => {
            eprintln!("{USAGE}");
            ExitCode::FAILURE
        }
    }
}
