//! The root of lesson 03's test binary: its graded tests, the code they
//! grade, and the reference solution the scenario tests compare it with.

// As in a library, whose public items and re-exports count as used: the tests
// call only the exercises, and a stub ignores its arguments until it is written.
#[allow(dead_code, unused_imports, unused_variables)]
#[cfg_attr(not(feature = "solutions"), path = "../../exercises/src/lesson03.rs")]
#[cfg_attr(feature = "solutions", path = "../../solutions/src/lesson03.rs")]
mod exercise;

// With `--features solutions` the exercise is this same file: both copies
// are compiled, which is what the scenario tests then compare.
#[allow(dead_code, unused_imports, clippy::duplicate_mod)]
#[path = "../../solutions/src/lesson03.rs"]
mod reference;

#[path = "../lesson03.rs"]
mod lesson03;
