//! The root of lesson 05's test binary: its graded tests, the code they
//! grade, and the reference solution the scenario tests compare it with.

// As in a library, whose public items and re-exports count as used: the tests
// call only the exercises, and a stub ignores its arguments until it is written.
#[allow(dead_code, unused_imports, unused_variables)]
#[cfg_attr(not(feature = "solutions"), path = "../../exercises/src/lesson05.rs")]
#[cfg_attr(feature = "solutions", path = "../../solutions/src/lesson05.rs")]
mod exercise;

#[cfg(not(feature = "solutions"))]
#[allow(dead_code, unused_imports)]
#[path = "../../solutions/src/lesson05.rs"]
mod reference;

// Graded with `--features solutions`, the code under test is the reference
// itself: one module, not the same file compiled in twice.
#[cfg(feature = "solutions")]
use exercise as reference;

#[path = "../lesson05.rs"]
mod lesson05;
