//! The root of lesson 25's test binary: its graded tests, the code they
//! grade, and the reference solution the scenario tests compare it with.

// As in a library, whose public items and re-exports count as used: the tests
// call only the exercises, and a stub ignores its arguments until it is written.
#[cfg(not(feature = "solutions"))]
#[allow(dead_code, unused_imports, unused_variables)]
#[path = "../../exercises/src/lesson25.rs"]
mod exercise;

// Graded with `--features solutions`, the code under test is the reference
// itself: one module, compiled once, which the scenario tests compare with
// itself.
#[cfg(feature = "solutions")]
use reference as exercise;

#[allow(dead_code, unused_imports)]
#[path = "../../solutions/src/lesson25.rs"]
mod reference;

// Lesson 25 runs on the learner's own executor: both lesson 25 files name it
// `crate::lesson23`, which is the learner's lesson 23 here, as in the
// exercises crate, and the reference under `--features solutions`, as in the
// solutions crate.
#[cfg_attr(not(feature = "solutions"), path = "../../exercises/src/lesson23.rs")]
#[cfg_attr(feature = "solutions", path = "../../solutions/src/lesson23.rs")]
#[allow(dead_code, unused_imports, unused_variables)]
mod lesson23;

#[path = "../lesson25.rs"]
mod lesson25;
