//! The root of lesson 20's test binary: its graded tests, the code they
//! grade, and the reference solution the scenario tests compare it with.

// As in a library, whose public items and re-exports count as used: the tests
// call only the exercises, and a stub ignores its arguments until it is written.
#[allow(dead_code, unused_imports, unused_variables)]
#[cfg_attr(not(feature = "solutions"), path = "../../exercises/src/lesson20.rs")]
#[cfg_attr(feature = "solutions", path = "../../solutions/src/lesson20.rs")]
mod exercise;

// With the `solutions` feature the exercise is this same file, compiled a
// second time under another name: the comparison then is with itself.
#[allow(dead_code, unused_imports, clippy::duplicate_mod)]
#[path = "../../solutions/src/lesson20.rs"]
mod reference;

#[path = "../lesson20.rs"]
mod lesson20;
