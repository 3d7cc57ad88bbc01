//! Reading the exercises from their source files: each `pub fn` (or
//! `pub async fn`) in `exercises/src/lessonNN.rs` is one exercise, and its doc
//! comment gives the task. Its hints, from a nudge to nearly the code, are
//! kept apart, in `book/src/hints/lesson-NN.md`, so that opening the exercise
//! does not show them all at once (the chapter includes that file, collapsed):
//!
//! ```text
//! #### `cook_menu`
//!
//! 1. A nudge.
//!
//! 2. More, over
//!    two lines.
//! ```

use std::collections::BTreeMap;
use std::path::Path;

/// One exercise, as its source file describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exercise {
    /// `lesson01`.
    pub lesson: String,
    /// The function's name: `cook_concurrently`.
    pub name: String,
    /// The line of its `fn`, counting from 1.
    pub line: usize,
    /// The first paragraph of its doc comment, on one line.
    pub task: String,
    /// Its whole doc comment, one paragraph per entry.
    pub doc: Vec<String>,
    /// Its hints in order, from its lesson's hints file.
    pub hints: Vec<String>,
}

impl Exercise {
    /// `lesson01::cook_concurrently`, the filter that grades only this exercise.
    pub fn path(&self) -> String {
        format!("{}::{}", self.lesson, self.name)
    }

    /// `exercises/src/lesson01.rs:42`.
    pub fn location(&self) -> String {
        format!("exercises/src/{}.rs:{}", self.lesson, self.line)
    }
}

/// The lessons that have an exercise file, in order: `["lesson01", ...]`.
pub fn lessons(root: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(root.join("exercises/src")) else { return Vec::new() };
    let mut lessons: Vec<String> = entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".rs").map(str::to_string))
        .filter(|stem| is_lesson_name(stem))
        .collect();
    lessons.sort();
    lessons
}

/// `lesson03`: "lesson" and two digits.
pub fn is_lesson_name(stem: &str) -> bool {
    stem.strip_prefix("lesson")
        .is_some_and(|n| n.len() == 2 && n.chars().all(|c| c.is_ascii_digit()))
}

/// Turns what a learner types (`lesson03`, `03`, `3`, `lesson-03`) into the
/// lesson's name, if that lesson exists.
pub fn resolve_lesson(root: &Path, typed: &str) -> Result<String, String> {
    let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
    let known = lessons(root);
    let wanted = digits.parse::<u32>().ok().map(|n| format!("lesson{n:02}"));
    match wanted {
        Some(name) if known.contains(&name) => Ok(name),
        Some(name) if root.join(format!("solutions/src/{name}.rs")).is_file() => {
            Err(crate::graded::missing_file(&format!("exercises/src/{name}.rs")))
        }
        _ => Err(format!(
            "there is no lesson {typed:?}; the lessons are {}",
            match (known.first(), known.last()) {
                (Some(first), Some(last)) => format!("{first} to {last}"),
                _ => "missing (no exercises/src/lessonNN.rs found)".to_string(),
            }
        )),
    }
}

/// Every exercise of `lesson`, in file order, with its hints.
pub fn read(root: &Path, lesson: &str) -> Vec<Exercise> {
    let path = root.join(format!("exercises/src/{lesson}.rs"));
    let source = std::fs::read_to_string(path).unwrap_or_default();
    let hints = parse_hints(&std::fs::read_to_string(hints_file(root, lesson)).unwrap_or_default());
    let mut exercises = parse(lesson, &source);
    for exercise in &mut exercises {
        exercise.hints = hints.get(&exercise.name).cloned().unwrap_or_default();
    }
    exercises
}

/// `book/src/hints/lesson-03.md` for `lesson03`.
pub fn hints_file(root: &Path, lesson: &str) -> std::path::PathBuf {
    let number = lesson.trim_start_matches("lesson");
    root.join(format!("book/src/hints/lesson-{number}.md"))
}

/// The hints of a hints file, by exercise: a `#### `name`` heading, then
/// numbered items (`1. ...`), each possibly over several lines indented by
/// three spaces. Prose lines are joined into one; a fenced code block inside
/// an item keeps its lines.
pub fn parse_hints(text: &str) -> BTreeMap<String, Vec<String>> {
    let mut hints: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    let mut in_code = false;
    for line in text.lines() {
        if let Some(heading) = line.strip_prefix("#### ") {
            let name = heading.trim().trim_matches('`').to_string();
            hints.entry(name.clone()).or_default();
            current = Some(name);
            continue;
        }
        let Some(list) = current.as_ref().and_then(|name| hints.get_mut(name)) else { continue };
        let item = line.split_once(". ").filter(|(n, _)| n.parse::<u32>().is_ok());
        let continued = line.strip_prefix("   ");
        match (item, continued, list.last_mut()) {
            (Some((_, text)), _, _) if !in_code => list.push(text.trim().to_string()),
            (_, Some(code), Some(last)) if in_code || code.trim_start().starts_with("```") => {
                if code.trim_start().starts_with("```") {
                    in_code = !in_code;
                }
                last.push('\n');
                last.push_str(code);
            }
            (_, Some(prose), Some(last)) if !prose.trim().is_empty() => {
                last.push(' ');
                last.push_str(prose.trim());
            }
            _ => {}
        }
    }
    hints
}

/// Every exercise of every lesson, in order.
pub fn read_all(root: &Path) -> Vec<Exercise> {
    lessons(root).iter().flat_map(|lesson| read(root, lesson)).collect()
}

/// The lesson's title from the module doc: `Lesson 01: tasks.` gives `tasks`.
pub fn lesson_title(root: &Path, lesson: &str) -> String {
    let path = root.join(format!("exercises/src/{lesson}.rs"));
    let source = std::fs::read_to_string(path).unwrap_or_default();
    let first = source.lines().next().and_then(|line| line.strip_prefix("//!")).unwrap_or("");
    let title = first.split_once(':').map_or(first, |(_, title)| title);
    title.trim().trim_end_matches('.').to_string()
}

/// Finds each public function and the doc comment just above it.
pub fn parse(lesson: &str, source: &str) -> Vec<Exercise> {
    let lines: Vec<&str> = source.lines().collect();
    let mut exercises = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let Some(name) = public_function_name(line) else { continue };
        let doc = doc_comment_above(&lines, index);
        let doc = paragraphs(&doc);
        let task = doc.first().cloned().unwrap_or_default();
        let (lesson, line, hints) = (lesson.to_string(), index + 1, Vec::new());
        exercises.push(Exercise { lesson, name, line, task, doc, hints });
    }
    exercises
}

/// `pub async fn gather(...)` and `pub fn gather(...)` give `gather`.
fn public_function_name(line: &str) -> Option<String> {
    let rest = line.strip_prefix("pub async fn ").or_else(|| line.strip_prefix("pub fn "))?;
    let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    (!name.is_empty()).then_some(name)
}

/// The `///` lines directly above line `index` (attributes may sit between).
fn doc_comment_above(lines: &[&str], index: usize) -> Vec<String> {
    let mut doc = Vec::new();
    for line in lines[..index].iter().rev() {
        let line = line.trim();
        if let Some(text) = line.strip_prefix("///") {
            doc.push(text.trim().to_string());
        } else if !line.starts_with("#[") {
            break;
        }
    }
    doc.reverse();
    doc
}

/// Joins doc lines into paragraphs, split at blank doc lines.
fn paragraphs(doc: &[String]) -> Vec<String> {
    doc.split(|line| line.is_empty())
        .filter(|block| !block.is_empty())
        .map(|block| block.join(" "))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "\
//! Lesson 07: wait.

pub use given::lesson07::helper;

// ANCHOR: first
/// Return the first result
/// as soon as it arrives.
///
/// asyncio: `asyncio.wait(..., return_when=FIRST_COMPLETED)`.
#[allow(clippy::something)]
pub async fn first(jobs: Vec<u32>) -> u32 {
    todo!()
}

fn private_helper() {}

/// No hints here.
pub fn all() {}
";

    #[test]
    fn reads_each_public_function_with_its_task_and_hints() {
        let exercises = parse("lesson07", SOURCE);
        assert_eq!(exercises.len(), 2);
        let first = &exercises[0];
        assert_eq!(first.name, "first");
        assert_eq!(first.line, 11);
        assert_eq!(first.task, "Return the first result as soon as it arrives.");
        assert_eq!(first.doc.len(), 2);
        assert_eq!(first.path(), "lesson07::first");
        assert_eq!(first.location(), "exercises/src/lesson07.rs:11");
        assert_eq!(exercises[1].name, "all");
    }

    #[test]
    fn reads_numbered_hints_under_each_exercise_heading() {
        let text = "<!-- about -->\n\n#### `first`\n\n1. A nudge.\n\n2. More, over\n   two lines.\n\n#### `all`\n\n1. Only one.\n";
        let hints = parse_hints(text);
        assert_eq!(hints["first"], ["A nudge.", "More, over two lines."]);
        assert_eq!(hints["all"], ["Only one."]);
    }

    #[test]
    fn a_code_block_in_a_hint_keeps_its_lines() {
        let text =
            "#### `first`\n\n1. Like this:\n\n   ```rust\n   let a = 1;\n   let b = 2;\n   ```\n";
        assert_eq!(
            parse_hints(text)["first"],
            ["Like this:\n```rust\nlet a = 1;\nlet b = 2;\n```"]
        );
    }
}
