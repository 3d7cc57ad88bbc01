//! Which exercise a graded test grades, so that a verdict can name it.
//!
//! A graded test is called after its exercise (`lesson03::gather_in_order_...`
//! grades `lesson03::gather_in_order`), and the test thread carries the
//! test's name. The exercise is the longest function name in the lesson's
//! exercise file that starts the test's name.

use std::path::Path;

use super::todo::{find_source, function_name};

/// `lesson03::gather_in_order`, for the test running on this thread; `None`
/// outside a graded test.
pub(crate) fn exercise_under_test() -> Option<String> {
    let thread = std::thread::current();
    let (lesson, test) = thread.name()?.split_once("::")?;
    let file = Path::new("exercises").join("src").join(format!("{lesson}.rs"));
    let source = std::fs::read_to_string(find_source(file.to_str()?)?).ok()?;
    let function = source
        .lines()
        .filter_map(function_name)
        .filter(|name| test.starts_with(name.as_str()))
        .max_by_key(String::len)?;
    Some(format!("{lesson}::{function}"))
}

/// "`lesson03::gather_in_order`", or "your code" when the exercise is unknown.
pub(crate) fn your_function() -> String {
    match exercise_under_test() {
        Some(name) => format!("your `{name}`"),
        None => "your code".to_string(),
    }
}
