//! Turning a `todo!()` panic into "open this file, write this function".

use std::path::{Path, PathBuf};

use super::panics::PanicRecord;

/// The message for an exercise that is still a stub.
pub(crate) fn unwritten_exercise_message(todo: &PanicRecord) -> String {
    let function =
        enclosing_function(&todo.file, todo.line).unwrap_or_else(|| "the exercise".into());
    let module = Path::new(&todo.file).file_stem().map(|stem| stem.to_string_lossy().into_owned());
    let module = module.unwrap_or_default();
    format!(
        "\n\nNot written yet: {module}::{function}\n\
         Open {file}:{line}, replace `todo!()` in `fn {function}` with your code,\n\
         then grade it again with `cargo grade {module}`.\n\
         Stuck? `cargo run -p workbook -- hint {module}` gives a nudge.\n",
        file = todo.file,
        line = todo.line,
    )
}

/// The name of the `fn` that contains `line` of `file`, read from the source.
fn enclosing_function(file: &str, line: u32) -> Option<String> {
    let source = std::fs::read_to_string(find_source(file)?).ok()?;
    let before: Vec<&str> = source.lines().take(line as usize).collect();
    before.iter().rev().find_map(|text| function_name(text))
}

/// Panic locations are relative to the workspace root; tests run in their own
/// package's folder, which is the root or below it.
pub(crate) fn find_source(file: &str) -> Option<PathBuf> {
    let here = std::env::current_dir().ok()?;
    here.ancestors().map(|folder| folder.join(file)).find(|path| path.is_file())
}

/// `pub async fn gather(jobs: Vec<Job>)` gives `gather`.
pub(crate) fn function_name(line: &str) -> Option<String> {
    if line.trim_start().starts_with("//") {
        return None;
    }
    let (_, after) = line.split_once("fn ")?;
    let name: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    (!name.is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_function_name_from_a_signature() {
        assert_eq!(
            function_name("pub async fn gather(jobs: Vec<Job>) -> u32 {").as_deref(),
            Some("gather")
        );
        assert_eq!(function_name("fn make<T>() {").as_deref(), Some("make"));
        assert_eq!(function_name("    todo!()"), None);
        assert_eq!(function_name("/// Call this fn twice."), None);
    }
}
