//! Reference solutions: the same public API as the `exercises` crate, written
//! out. The helpers are not copied: each module re-exports them from the
//! exercise it solves.
//!
//! `cargo run -p workbook -- verify` grades these with the same tests as the
//! exercises.

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
pub mod lesson23;
pub mod lesson24;
pub mod lesson25;
