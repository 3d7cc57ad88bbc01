//! The helpers each lesson's exercises use, one module per lesson: a
//! simulated cook, download or server, already timed and traced so that the
//! grader can see how the learner's code used them.
//!
//! They live apart from the learner's `exercises` crate, so that the lesson
//! programs can use them too, and still build while an exercise is half
//! written. `exercises/src/lessonNN.rs` and `solutions/src/lessonNN.rs` import
//! them with the same line.

pub mod lesson01;
pub mod lesson02;
pub mod lesson03;
pub mod lesson04;
pub mod lesson05;
pub mod lesson06;
pub mod lesson07;
pub mod lesson08;
pub mod lesson09;
pub mod lesson10;
pub mod lesson11;
pub mod lesson12;
pub mod lesson13;
pub mod lesson14;
pub mod lesson15;
pub mod lesson16;
pub mod lesson17;
pub mod lesson18;
pub mod lesson19;
pub mod lesson20;
pub mod lesson22;
pub mod lesson23;
pub mod lesson24;
pub mod lesson25;
