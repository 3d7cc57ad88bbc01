//! The root of lesson 15's test binary: its graded tests, the code they
//! grade, and the reference solution the scenario and stress tests compare
//! it with.

// As in a library, whose public items and re-exports count as used: the tests
// call only the exercises, and a stub ignores its arguments until it is written.
#[allow(dead_code, unused_imports, unused_variables)]
#[cfg_attr(not(feature = "solutions"), path = "../../exercises/src/lesson15.rs")]
#[cfg_attr(feature = "solutions", path = "../../solutions/src/lesson15.rs")]
mod exercise;

#[allow(dead_code, unused_imports)]
#[path = "../../solutions/src/lesson15.rs"]
mod reference;

#[path = "../lesson15.rs"]
mod lesson15;
