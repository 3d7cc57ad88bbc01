//! The root of lesson 24's test binary: its graded tests, the code they
//! grade, and the reference solution the scenario tests compare it with.

// As in a library, whose public items and re-exports count as used: the tests
// call only the exercises, and a stub ignores its arguments until it is written.
#[cfg(not(feature = "solutions"))]
#[allow(dead_code, unused_imports, unused_variables)]
#[path = "../../exercises/src/lesson24.rs"]
mod exercise;

// Graded with `--features solutions`, the code under test is the reference
// itself: one module, compiled once, which the scenario tests compare with
// itself.
#[cfg(feature = "solutions")]
use reference as exercise;

#[allow(dead_code, unused_imports)]
#[path = "../../solutions/src/lesson24.rs"]
mod reference;

#[path = "../lesson24.rs"]
mod lesson24;
