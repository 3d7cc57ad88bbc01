//! Given helpers for lesson 13: errors across tasks, with anyhow.
//!
//! `exercises/src/lesson13.rs` and `solutions/src/lesson13.rs` both
//! import these. They are already timed and traced: the grader sees how
//! your code used them.

use std::fmt;
use std::sync::Mutex;
use std::time::Duration;

use timeline::traced;

/// What can go wrong with a request: a type of its own, so that code can ask
/// which kind of failure it was (Python: an exception class).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// The server did not answer in time.
    Timeout,
    /// The server answered with this HTTP status: 404 (not there), 503
    /// (too busy for now), ...
    Status(u16),
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Timeout => write!(f, "timed out"),
            FetchError::Status(code) => write!(f, "server answered {code}"),
        }
    }
}

impl std::error::Error for FetchError {}

/// A simulated file server: each file takes its units to download and then
/// gives its text or its error.
#[derive(Clone, Debug, Default)]
pub struct Site {
    files: Vec<(&'static str, u64, Result<&'static str, FetchError>)>,
}

impl Site {
    /// A server with no files.
    pub fn new() -> Site {
        Site::default()
    }

    /// The same server with one more file: downloading `path` takes `units`
    /// and gives `outcome`.
    pub fn with(
        mut self,
        path: &'static str,
        units: u64,
        outcome: Result<&'static str, FetchError>,
    ) -> Site {
        self.files.push((path, units, outcome));
        self
    }

    /// Downloads `path` (traced under that name): its text, or its error; a
    /// path the server does not have gives `Status(404)` after 1 unit. Given.
    pub async fn download(&self, path: &str) -> Result<String, FetchError> {
        let (units, outcome) = self
            .files
            .iter()
            .find(|(name, _, _)| *name == path)
            .map_or((1, Err(FetchError::Status(404))), |&(_, units, outcome)| (units, outcome));
        traced(path, tokio::time::sleep(Duration::from_secs(units))).await;
        outcome.map(String::from)
    }
}

/// A server that answers each request with the next response of its script:
/// how long the request takes, and what it gives.
#[derive(Debug)]
pub struct FlakyServer {
    script: Vec<(u64, Result<&'static str, FetchError>)>,
    asked: Mutex<usize>,
}

/// The labels the attempts are traced under.
const ATTEMPTS: [&str; 8] = [
    "attempt 1",
    "attempt 2",
    "attempt 3",
    "attempt 4",
    "attempt 5",
    "attempt 6",
    "attempt 7",
    "attempt 8",
];

impl FlakyServer {
    /// A server that answers with `script`, one response per request, in
    /// order; once the script is used up, it repeats its last response.
    pub fn new(script: Vec<(u64, Result<&'static str, FetchError>)>) -> FlakyServer {
        assert!(!script.is_empty(), "a server needs at least one response");
        FlakyServer { script, asked: Mutex::new(0) }
    }

    /// One request: the next response of the script, after its units. Each
    /// request is traced as "attempt 1", "attempt 2", ... Given.
    pub async fn fetch(&self) -> Result<&'static str, FetchError> {
        let attempt = {
            let mut asked = self.asked.lock().expect("only this method locks it");
            *asked += 1;
            *asked
        };
        let (units, outcome) = self.script[(attempt - 1).min(self.script.len() - 1)];
        let label = ATTEMPTS.get(attempt - 1).copied().unwrap_or("attempt 9 or later");
        traced(label, tokio::time::sleep(Duration::from_secs(units))).await;
        outcome
    }

    /// How many requests the server has had.
    pub fn requests(&self) -> usize {
        *self.asked.lock().expect("only this type locks it")
    }
}

/// How a job ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// It returns this value.
    Value(u32),
    /// It returns this error.
    Fails(FetchError),
    /// It panics with "{name} crashed".
    Panics,
}

/// A job for a task: what it is called (also its row on the timeline), how
/// long it runs, and how it ends.
#[derive(Clone, Copy, Debug)]
pub struct Job {
    /// What the job is called.
    pub name: &'static str,
    /// How long it runs, in units.
    pub units: u64,
    /// How it ends.
    pub ending: Ending,
}

/// Runs a job: after its units it returns its value or its error, or panics
/// with "{name} crashed". Given.
pub async fn run_job(job: Job) -> Result<u32, FetchError> {
    traced(job.name, tokio::time::sleep(Duration::from_secs(job.units))).await;
    match job.ending {
        Ending::Value(value) => Ok(value),
        Ending::Fails(error) => Err(error),
        Ending::Panics => panic!("{} crashed", job.name),
    }
}
