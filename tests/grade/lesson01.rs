//! The root of lesson 01's test binary: its graded tests, the code they
//! grade, and the reference solution the scenario test compares it with.

// As in a library, whose public items and re-exports count as used: the tests
// call only the exercises, and a stub ignores its arguments until it is written.
#[allow(dead_code, unused_imports, unused_variables)]
#[cfg_attr(not(feature = "solutions"), path = "../../exercises/src/lesson01.rs")]
#[cfg_attr(feature = "solutions", path = "../../solutions/src/lesson01.rs")]
mod exercise;

// With `--features solutions` this is the same file as `exercise`.
#[allow(dead_code, unused_imports, clippy::duplicate_mod)]
#[path = "../../solutions/src/lesson01.rs"]
mod reference;

#[path = "../lesson01.rs"]
mod lesson01;
