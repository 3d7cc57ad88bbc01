//! The graded tests: one module per lesson, all in one test binary so that
//! re-grading links once. `cargo test lesson03` grades lesson 03 only.
//!
//! Each test runs your code with `timeline::grade::grade` on tokio's paused
//! clock: a unit of time is one virtual second, and costs no real time. It
//! checks what your code returned and how its tasks ran (the timeline).
//!
//! Plain `cargo test` grades the `exercises` crate; with
//! `--features solutions` the same tests grade the reference solutions.

#[cfg(not(feature = "solutions"))]
use exercises as exercise;
#[cfg(feature = "solutions")]
use solutions as exercise;

mod lesson01;
mod lesson02;
mod lesson03;
mod lesson04;
mod lesson05;
mod lesson06;
mod lesson07;
mod lesson08;
mod lesson09;
mod lesson10;
mod lesson11;
mod lesson12;
mod lesson16;
