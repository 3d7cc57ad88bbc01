//! Wrong-but-plausible solutions, and correct ones written differently: the
//! proof that each graded test is a specification only correct code meets.
//!
//! They live beside the reference solutions:
//!
//! ```text
//! solutions/mistakes/lessonNN/NAME.rs       must fail the lesson's graded tests
//! solutions/alternatives/lessonNN/NAME.rs   must pass them
//! ```
//!
//! A file's first line is a comment naming the mistake (or the approach).
//! Lines `// Expect: TEXT` say what the failure must mention, so that a
//! mistake is caught for the right reason. A mistake the compiler refuses
//! counts as caught only when the compiler's errors say every one of them.
//! The rest is either a whole `lessonNN.rs`, or one or more regions between
//! `// ANCHOR: name` and `// ANCHOR_END: name` lines, which replace the
//! same regions of the reference `solutions/src/lessonNN.rs`.
//!
//! Each is graded as a whole `lessonNN.rs` in a copy of the workspace under
//! `target/verify/`, so the tree a maintainer works in is never touched. It
//! takes the place of the learner's `exercises/src/lessonNN.rs` there and is
//! graded as a learner's answer would be, so that the scenario tests compare
//! it with the untouched reference in `solutions/src`.
//! The copy builds in its own target folder: cargo names a path package's
//! build by its path relative to the workspace, so a shared folder would mix
//! the copy's builds with the real tree's (a later `cargo test` in the real
//! tree then ran a variant instead of the reference). It builds with
//! warnings denied, so a variant must be as clean as the reference. Variants
//! of different lessons are graded together, one per lesson per build.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::graded::{self, Subject, TestResult};

/// Where the variants live, under `solutions/`.
const MISTAKES: &str = "mistakes";
const ALTERNATIVES: &str = "alternatives";

/// What a variant must do under the graded tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Fail at least one of its lesson's tests.
    Mistake,
    /// Pass every one of its lesson's tests.
    Alternative,
}

/// One variant of a lesson's solution.
#[derive(Clone, Debug)]
pub struct Variant {
    pub kind: Kind,
    /// `lesson03`.
    pub lesson: String,
    /// Its path, relative to the workspace root.
    pub path: String,
    /// What its first line says: the mistake, or the approach.
    pub about: String,
    /// Texts the failure must contain (mistakes only).
    pub expects: Vec<String>,
    source: String,
}

impl Variant {
    /// The exercises whose regions it replaces (none: a whole file).
    pub fn exercises(&self) -> Vec<String> {
        anchored_regions(&self.source)
            .map(|regions| regions.into_iter().map(|(name, _)| name).collect())
            .unwrap_or_default()
    }
}

impl fmt::Display for Variant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.path, self.about)
    }
}

/// Every variant in the workspace at `root`, in lesson and file order.
pub fn read_all(root: &Path) -> Result<Vec<Variant>, String> {
    let mut variants = Vec::new();
    for (folder, kind) in [(MISTAKES, Kind::Mistake), (ALTERNATIVES, Kind::Alternative)] {
        let base = root.join("solutions").join(folder);
        for lesson in sorted_entries(&base) {
            let Some(lesson_name) = file_name(&lesson) else { continue };
            for file in sorted_entries(&lesson).into_iter().filter(|p| is_rust(p)) {
                variants.push(read_one(root, kind, &lesson_name, &file)?);
            }
        }
    }
    variants.sort_by(|a, b| (&a.lesson, &a.path).cmp(&(&b.lesson, &b.path)));
    Ok(variants)
}

fn read_one(root: &Path, kind: Kind, lesson: &str, file: &Path) -> Result<Variant, String> {
    let path = file.strip_prefix(root).unwrap_or(file).display().to_string();
    let source = std::fs::read_to_string(file).map_err(|error| format!("{path}: {error}"))?;
    let about = source
        .lines()
        .next()
        .and_then(|line| line.strip_prefix("//"))
        .map(|text| text.trim().to_string())
        .filter(|text| !text.is_empty())
        .ok_or_else(|| format!("{path}: the first line must be a comment naming the mistake"))?;
    let expects = source.lines().filter_map(|line| line.strip_prefix("// Expect:")).map(str::trim);
    let expects = expects.map(String::from).collect();
    Ok(Variant { kind, lesson: lesson.to_string(), path, about, expects, source })
}

fn sorted_entries(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else { return Vec::new() };
    let mut paths: Vec<PathBuf> = entries.filter_map(|entry| Some(entry.ok()?.path())).collect();
    paths.sort();
    paths
}

fn file_name(path: &Path) -> Option<String> {
    Some(path.file_name()?.to_str()?.to_string())
}

fn is_rust(path: &Path) -> bool {
    path.extension().is_some_and(|extension| extension == "rs")
}

/// The whole `lessonNN.rs` a variant stands for: the variant itself, or the
/// reference with the variant's anchored regions put in place of its own.
pub fn splice(reference: &str, variant: &str) -> Result<String, String> {
    let regions = anchored_regions(variant)?;
    if regions.is_empty() {
        return Ok(variant.to_string());
    }
    let mut spliced = reference.to_string();
    for (name, body) in regions {
        let (start, end) = region_bounds(&spliced, &name)
            .ok_or_else(|| format!("the reference has no `// ANCHOR: {name}` region"))?;
        spliced.replace_range(start..end, &body);
    }
    Ok(spliced)
}

/// Each `// ANCHOR: name` region of `source`, with the text between its lines.
fn anchored_regions(source: &str) -> Result<Vec<(String, String)>, String> {
    let mut regions = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("// ANCHOR: ") {
        let after = &rest[at + "// ANCHOR: ".len()..];
        let name = after.lines().next().unwrap_or_default().trim().to_string();
        let (start, end) = region_bounds(rest, &name)
            .ok_or_else(|| format!("`// ANCHOR: {name}` has no `// ANCHOR_END: {name}`"))?;
        regions.push((name, rest[start..end].to_string()));
        rest = &rest[end..];
    }
    Ok(regions)
}

/// The byte range between the line `// ANCHOR: name` and the line
/// `// ANCHOR_END: name` (both lines excluded).
fn region_bounds(source: &str, name: &str) -> Option<(usize, usize)> {
    let open = format!("// ANCHOR: {name}\n");
    let close = format!("// ANCHOR_END: {name}\n");
    let start = source.find(&open)? + open.len();
    let end = start + source[start..].find(&close)?;
    Some((start, end))
}

/// How one variant fared.
#[derive(Debug)]
pub struct Verdict {
    pub variant: Variant,
    /// `None` when it behaved as its kind requires; otherwise what went wrong.
    pub problem: Option<String>,
}

/// Grades every variant against the graded tests, in a copy of the workspace
/// at `root`; `lessons` limits it to those lessons (empty: all).
pub fn grade_all(root: &Path, lessons: &[String]) -> Result<Vec<Verdict>, String> {
    let variants = read_all(root)?;
    let variants: Vec<Variant> = variants
        .into_iter()
        .filter(|variant| lessons.is_empty() || lessons.contains(&variant.lesson))
        .collect();
    let copy = Copy::make(root)?;
    let mut verdicts = Vec::new();
    for round in rounds(variants) {
        verdicts.extend(copy.grade_round(round)?);
    }
    Ok(verdicts)
}

/// Groups variants so that each build holds at most one per lesson.
fn rounds(variants: Vec<Variant>) -> Vec<Vec<Variant>> {
    let mut by_lesson: BTreeMap<String, Vec<Variant>> = BTreeMap::new();
    for variant in variants {
        by_lesson.entry(variant.lesson.clone()).or_default().push(variant);
    }
    let most = by_lesson.values().map(Vec::len).max().unwrap_or(0);
    (0..most)
        .map(|round| by_lesson.values().filter_map(|list| list.get(round).cloned()).collect())
        .collect()
}

/// A copy of the workspace whose `exercises/src` variants are written into.
struct Copy {
    root: PathBuf,
    /// The copy's own target folder, kept between runs.
    target: PathBuf,
    references: PathBuf,
}

/// What the copy needs to build the graded tests.
const COPIED: [&str; 6] =
    ["Cargo.toml", "Cargo.lock", "exercises", "solutions", "lessons", "tests"];

impl Copy {
    fn make(root: &Path) -> Result<Copy, String> {
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("target"));
        let copy_root = target.join("verify").join("workspace");
        let target = target.join("verify").join("target");
        if copy_root.exists() {
            std::fs::remove_dir_all(&copy_root)
                .map_err(|error| format!("could not clear {}: {error}", copy_root.display()))?;
        }
        for entry in COPIED {
            copy_tree(&root.join(entry), &copy_root.join(entry))
                .map_err(|error| format!("could not copy {entry}: {error}"))?;
        }
        let references = root.join("solutions").join("src");
        let copy = Copy { root: copy_root, target, references };
        copy.put_every_reference(root)?;
        Ok(copy)
    }

    /// Writes every lesson's reference as the copy's exercise file: a
    /// lesson graded here may build on another lesson's exercises (lesson
    /// 25 runs on the learner's lesson 23 executor), which must then be
    /// written, not stubs. The real tree's stubs are untouched, and `verify`
    /// checks that they fail there.
    fn put_every_reference(&self, root: &Path) -> Result<(), String> {
        for lesson in crate::exercises::lessons(root) {
            self.put(&lesson, &self.reference(&lesson)?)?;
        }
        Ok(())
    }

    fn reference(&self, lesson: &str) -> Result<String, String> {
        let path = self.references.join(format!("{lesson}.rs"));
        std::fs::read_to_string(&path).map_err(|error| format!("{}: {error}", path.display()))
    }

    /// Writes `source` as the copy's `exercises/src/{lesson}.rs`.
    fn put(&self, lesson: &str, source: &str) -> Result<(), String> {
        let path = self.root.join("exercises").join("src").join(format!("{lesson}.rs"));
        std::fs::write(&path, source).map_err(|error| format!("{}: {error}", path.display()))
    }

    /// Grades one variant per lesson in one build. When the build fails, or
    /// a test binary dies part way, each variant is graded on its own, so
    /// that one variant's crash is not blamed on another.
    fn grade_round(&self, round: Vec<Variant>) -> Result<Vec<Verdict>, String> {
        let mut spliced = Vec::new();
        for variant in &round {
            match splice(&self.reference(&variant.lesson)?, &variant.source) {
                Ok(source) => spliced.push(source),
                Err(error) => return Err(format!("{variant}: {error}")),
            }
        }
        for (variant, source) in round.iter().zip(&spliced) {
            self.put(&variant.lesson, source)?;
        }
        let lessons: Vec<&str> = round.iter().map(|variant| variant.lesson.as_str()).collect();
        let graded = self.run(&lessons);
        for variant in &round {
            self.put(&variant.lesson, &self.reference(&variant.lesson)?)?;
        }
        match graded {
            Ok(results) if round.len() == 1 || every_lesson_reported(&results, &lessons) => {
                Ok(round.iter().map(|variant| judge(variant, Ok(&results))).collect())
            }
            Err(error) if round.len() == 1 => Ok(vec![judge(&round[0], Err(error))]),
            _ => {
                let mut verdicts = Vec::new();
                for variant in round {
                    verdicts.extend(self.grade_round(vec![variant])?);
                }
                Ok(verdicts)
            }
        }
    }

    fn run(&self, lessons: &[&str]) -> Result<Vec<TestResult>, String> {
        let filters: Vec<String> = lessons.iter().map(|lesson| format!("{lesson}::")).collect();
        graded::run_in(&self.root, Subject::Exercises, &filters, Some(&self.target), true)
            .map(|graded| graded.results)
            .map_err(|error| error.to_string())
    }
}

/// Whether every lesson in the round printed at least one verdict and the
/// binary finished (its summary line is what `graded` needs to report).
fn every_lesson_reported(results: &[TestResult], lessons: &[&str]) -> bool {
    lessons.iter().all(|lesson| results.iter().any(|test| test.lesson() == *lesson))
        && results.iter().all(|test| !test.output.contains(graded::DID_NOT_REPORT))
}

fn judge(variant: &Variant, results: Result<&Vec<TestResult>, String>) -> Verdict {
    let problem = match results {
        // A mistake the compiler refuses (a future that is not `Send`, where
        // the test spawns it) is caught when the errors say what it expects.
        Err(error)
            if variant.kind == Kind::Mistake
                && !variant.expects.is_empty()
                && variant.expects.iter().all(|text| error.contains(text.as_str())) =>
        {
            None
        }
        Err(error) => Some(format!("could not be graded: {error}")),
        Ok(results) => {
            let own: Vec<&TestResult> =
                results.iter().filter(|test| test.lesson() == variant.lesson).collect();
            let failed: Vec<&&TestResult> = own.iter().filter(|test| !test.passed).collect();
            match variant.kind {
                Kind::Alternative if failed.is_empty() && !own.is_empty() => None,
                Kind::Alternative => Some(format!(
                    "a correct alternative fails:\n{}",
                    failed.iter().map(|test| describe(test)).collect::<Vec<_>>().join("\n")
                )),
                Kind::Mistake if own.is_empty() => Some("no graded test ran".to_string()),
                Kind::Mistake if failed.is_empty() => {
                    Some("a wrong solution passes every graded test".to_string())
                }
                Kind::Mistake => missing_reason(variant, &failed),
            }
        }
    };
    Verdict { variant: variant.clone(), problem }
}

/// A mistake caught, but not for the reason its `// Expect:` lines name.
fn missing_reason(variant: &Variant, failed: &[&&TestResult]) -> Option<String> {
    let missing: Vec<&String> = variant
        .expects
        .iter()
        .filter(|text| !failed.iter().any(|test| test.output.contains(text.as_str())))
        .collect();
    if missing.is_empty() {
        return None;
    }
    Some(format!(
        "caught, but no failure says {missing:?}; the failures were:\n{}",
        failed.iter().map(|test| describe(test)).collect::<Vec<_>>().join("\n")
    ))
}

fn describe(test: &TestResult) -> String {
    format!("--- {}\n{}", test.name, test.output.trim())
}

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    if from.is_file() {
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::copy(from, to)?;
        return Ok(());
    }
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        if name == "target" || name == "build" {
            continue;
        }
        copy_tree(&entry.path(), &to.join(name))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const REFERENCE: &str = "\
use x;

// ANCHOR: first
/// Right.
pub fn first() -> u32 { 1 }
// ANCHOR_END: first

// ANCHOR: second
pub fn second() -> u32 { 2 }
// ANCHOR_END: second
";

    #[test]
    fn a_region_replaces_the_same_region_of_the_reference() {
        let variant = "// Mistake: returns 0\n// ANCHOR: second\npub fn second() -> u32 { 0 }\n// ANCHOR_END: second\n";
        let spliced = splice(REFERENCE, variant).unwrap();
        assert!(spliced.contains("pub fn second() -> u32 { 0 }"), "{spliced}");
        assert!(!spliced.contains("{ 2 }"), "{spliced}");
        assert!(spliced.contains("pub fn first() -> u32 { 1 }"), "the rest stays: {spliced}");
        assert!(spliced.contains("// ANCHOR_END: second"), "the anchors stay: {spliced}");
    }

    #[test]
    fn a_file_without_regions_is_a_whole_lesson_file() {
        let whole = "// Mistake: everything\npub fn first() -> u32 { 9 }\n";
        assert_eq!(splice(REFERENCE, whole).unwrap(), whole);
    }

    #[test]
    fn a_region_the_reference_lacks_is_an_error() {
        let variant = "// x\n// ANCHOR: third\nfn third() {}\n// ANCHOR_END: third\n";
        assert!(splice(REFERENCE, variant).unwrap_err().contains("third"));
        let unclosed = "// x\n// ANCHOR: first\nfn first() {}\n";
        assert!(splice(REFERENCE, unclosed).unwrap_err().contains("ANCHOR_END: first"));
    }

    #[test]
    fn rounds_hold_one_variant_per_lesson() {
        let variant = |lesson: &str, name: &str| Variant {
            kind: Kind::Mistake,
            lesson: lesson.to_string(),
            path: name.to_string(),
            about: String::new(),
            expects: Vec::new(),
            source: String::new(),
        };
        let rounds = rounds(vec![
            variant("lesson01", "a"),
            variant("lesson01", "b"),
            variant("lesson02", "c"),
        ]);
        let paths: Vec<Vec<&str>> =
            rounds.iter().map(|r| r.iter().map(|v| v.path.as_str()).collect()).collect();
        assert_eq!(paths, [vec!["a", "c"], vec!["b"]]);
    }

    fn result(name: &str, passed: bool, output: &str) -> TestResult {
        TestResult { name: name.to_string(), passed, output: output.to_string() }
    }

    #[test]
    fn a_mistake_must_fail_and_for_the_reason_it_names() {
        let mut mistake = Variant {
            kind: Kind::Mistake,
            lesson: "lesson01".to_string(),
            path: "m.rs".to_string(),
            about: "sequential".to_string(),
            expects: vec!["Leak:".to_string()],
            source: String::new(),
        };
        let passing = vec![result("lesson01::a", true, "")];
        assert!(judge(&mistake, Ok(&passing)).problem.unwrap().contains("passes every"));
        let wrong_reason = vec![result("lesson01::a", false, "Hung: ...")];
        assert!(judge(&mistake, Ok(&wrong_reason)).problem.unwrap().contains("Leak:"));
        let right_reason = vec![result("lesson01::a", false, "Leak: 1 spawned")];
        assert!(judge(&mistake, Ok(&right_reason)).problem.is_none());
        let refused = "the code does not compile: error[E0277]: Leak: is not `Send`".to_string();
        assert!(judge(&mistake, Err(refused.clone())).problem.is_none());
        let other_error = "the code does not compile: error[E0308]: mismatched types".to_string();
        assert!(judge(&mistake, Err(other_error)).problem.unwrap().contains("could not be graded"));
        mistake.kind = Kind::Alternative;
        assert!(judge(&mistake, Err(refused)).problem.unwrap().contains("could not be graded"));
        assert!(judge(&mistake, Ok(&passing)).problem.is_none());
        assert!(judge(&mistake, Ok(&right_reason)).problem.unwrap().contains("alternative fails"));
    }
}
