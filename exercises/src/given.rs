//! The helpers each lesson's exercises use, one module per lesson.

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
