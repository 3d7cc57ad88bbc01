//! Your exercises: one module per lesson, one `todo!()` per exercise.
//!
//! Open `src/lessonNN.rs`, read the doc comment of the first function whose
//! body is `todo!()`, write it, and grade it with `cargo test lessonNN`.
//! The helpers each lesson's exercises use are given, in
//! `lessons/given/src/lessonNN.rs`: they are already timed and traced, so the grader
//! can see how your code ran.

// A stub ignores its arguments until you write it.
#![allow(unused_variables)]

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
pub mod lesson21;
pub mod lesson22;
// Lesson 23 gives types and imports that only the code still to write uses.
#[allow(dead_code, unused_imports)]
pub mod lesson23;
pub mod lesson24;
// Lesson 25 gives types and imports that only the code still to write uses.
#[allow(dead_code, unused_imports)]
pub mod lesson25;
