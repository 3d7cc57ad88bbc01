//! Observe concurrent tasks: record them, draw them, grade them.
//!
//! Every task the workbook cares about runs inside a `tracing` span (see
//! [`traced`]). A [`Recorder`] notes when each span opens and closes, reading
//! tokio's clock, so the same code yields exact virtual times under a paused
//! clock and real times otherwise. A [`Timeline`] draws what was recorded.
//!
//! The lessons use [`lesson`] to narrate and measure; the graded tests use
//! [`grade`] to run a learner's code under the grader contract.

mod draw;
pub mod grade;
pub mod lesson;
mod record;
mod svg;
mod trace;

pub use draw::{Outcome, Span, Timeline};
pub use record::{Recorder, mark, traced};
pub use trace::{Event, SpanInfo};
