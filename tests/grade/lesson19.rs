//! The root of lesson 19's test binary: its graded tests, and the code they grade.

// As in a library, whose public items and re-exports count as used: the tests
// call only the exercises, and a stub ignores its arguments until it is written.
#[allow(dead_code, unused_imports, unused_variables)]
#[cfg_attr(not(feature = "solutions"), path = "../../exercises/src/lesson19.rs")]
#[cfg_attr(feature = "solutions", path = "../../solutions/src/lesson19.rs")]
mod exercise;

#[path = "../lesson19.rs"]
mod lesson19;
