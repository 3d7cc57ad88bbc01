//! Turning a `todo!()` panic into "open this file, write this function".

use std::path::{Path, PathBuf};

use super::panics::PanicRecord;

/// The message for an exercise that is still a stub.
pub(crate) fn unwritten_exercise_message(todo: &PanicRecord) -> String {
    let function =
        enclosing_function(&todo.file, todo.line).unwrap_or_else(|| "the exercise".into());
    let module = Path::new(&todo.file).file_stem().map(|stem| stem.to_string_lossy().into_owned());
    let module = module.unwrap_or_default();
    // A method is named with its type, which says enough without `fn`.
    let code = if function.contains("::") { function.clone() } else { format!("fn {function}") };
    format!(
        "\n\nNot written yet: {module}::{function}\n\
         Open {file}:{line}, replace `todo!()` in `{code}` with your code,\n\
         then grade it again with `cargo grade {module}`.\n\
         Stuck? `cargo run -p workbook -- hint {module}` gives a nudge.\n",
        file = todo.file,
        line = todo.line,
    )
}

/// The name of the `fn` that contains `line` of `file`, read from the source:
/// `gather`, or `Countdown::poll` for a method (a hand-written future's `todo!()`
/// sits in its `poll`).
fn enclosing_function(file: &str, line: u32) -> Option<String> {
    let source = std::fs::read_to_string(find_source(file)?).ok()?;
    let before: Vec<&str> = source.lines().take(line as usize).collect();
    let at = before.iter().rposition(|text| function_name(text).is_some())?;
    let function = function_name(before[at])?;
    if !before[at].starts_with(char::is_whitespace) {
        return Some(function);
    }
    let implemented = before[..at].iter().rev().find(|text| text.starts_with("impl"));
    match implemented.and_then(|text| implemented_type(text)) {
        Some(owner) => Some(format!("{owner}::{function}")),
        None => Some(function),
    }
}

/// `impl<F: Future> Future for Timeout<F> {` and `impl Countdown {` give
/// `Timeout` and `Countdown`.
fn implemented_type(line: &str) -> Option<String> {
    let header = line.strip_prefix("impl")?;
    let header = match header.strip_prefix('<') {
        Some(generic) => generic.split_once("> ")?.1,
        None => header,
    };
    let owner = header.rsplit_once(" for ").map_or(header, |(_, owner)| owner).trim_start();
    let name: String = owner.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    (!name.is_empty()).then_some(name)
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

    #[test]
    fn a_method_is_named_with_its_type() {
        assert_eq!(implemented_type("impl Countdown {").as_deref(), Some("Countdown"));
        assert_eq!(
            implemented_type("impl<F: Future> Future for Timeout<F> {").as_deref(),
            Some("Timeout")
        );
        assert_eq!(
            implemented_type("impl<S: Stream + Unpin> Stream for EveryOther<S> {").as_deref(),
            Some("EveryOther")
        );
        assert_eq!(implemented_type("impl Future for Signal {").as_deref(), Some("Signal"));
    }
}
