//! The root of lesson 16's test binary: its graded tests, the code they
//! grade, and the reference solution the scenario tests compare it with.

// As in a library, whose public items and re-exports count as used: the tests
// call only the exercises, and a stub ignores its arguments until it is written.
#[allow(dead_code, unused_imports, unused_variables)]
#[cfg_attr(not(feature = "solutions"), path = "../../exercises/src/lesson16.rs")]
#[cfg_attr(feature = "solutions", path = "../../solutions/src/lesson16.rs")]
mod exercise;

#[allow(dead_code, unused_imports)]
#[path = "../../solutions/src/lesson16.rs"]
mod reference;

#[path = "../lesson16.rs"]
mod lesson16;
