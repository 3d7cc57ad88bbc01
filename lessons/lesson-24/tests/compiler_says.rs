//! The program prints what the compiler says about each file in
//! `src/refused/`; this compiles each one and checks that rustc refuses it
//! (or warns) in those words.

use std::path::Path;
use std::process::Command;

#[path = "../src/refusals.rs"]
mod refusals;

#[test]
fn the_compiler_says_what_the_lesson_prints() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/refused");
    let out = std::env::temp_dir().join(format!("lesson-24-refused-{}", std::process::id()));
    std::fs::create_dir_all(&out).expect("a folder for rustc's output");
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string());
    for refusal in refusals::REFUSALS {
        let output = Command::new(&rustc)
            .args(["--edition", "2024", "--crate-type", "lib", "--emit", "metadata"])
            .arg("--out-dir")
            .arg(&out)
            .arg(folder.join(refusal.file))
            .output()
            .expect("rustc runs");
        let said = String::from_utf8_lossy(&output.stderr);
        let verdict = |compiled: bool| if compiled { "compiled" } else { "refused" };
        assert_eq!(
            verdict(output.status.success()),
            verdict(!refusal.refused),
            "rustc and the lesson differ on {} ({})",
            refusal.file,
            refusal.tries
        );
        for line in refusal.says {
            assert!(
                said.contains(line),
                "rustc said, about {}:\n{said}\nwhich does not contain the line the lesson prints:\n{line}",
                refusal.file
            );
        }
    }
    let _ = std::fs::remove_dir_all(&out);
}
