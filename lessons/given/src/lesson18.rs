//! Given helpers for lesson 18: a server that shuts down cleanly.
//!
//! `exercises/src/lesson18.rs` and `solutions/src/lesson18.rs` both import
//! these. They are already timed and traced: the grader sees how your code
//! used them.
//!
//! The protocol is one line per job: a client sends `3` for a job of 3
//! units, and the server answers `ok 3` once the job is done. That answer is
//! the acknowledgement: a job answered `ok` is done and must never be lost.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use timeline::traced;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, Lines};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{sleep, timeout};

/// One unit of time for the jobs: real time, since the server and its
/// clients talk over real sockets.
pub const UNIT: Duration = Duration::from_millis(100);

/// Does a job of `units` units of work: `units` times [`UNIT`], traced as
/// `"job N"`. Given.
pub async fn do_job(units: u64) {
    traced(&format!("job {units}"), sleep(UNIT * units as u32)).await;
}

/// A listener on 127.0.0.1 with a port the system chooses, and its address.
///
/// # Panics
/// When no port can be had.
pub async fn listen() -> (TcpListener, SocketAddr) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("could not listen on 127.0.0.1");
    let address = listener.local_addr().expect("a bound listener has an address");
    (listener, address)
}

/// A client of the job server: sends lines, reads the answers.
pub struct Client {
    lines: Lines<BufReader<OwnedReadHalf>>,
    writer: OwnedWriteHalf,
}

impl Client {
    /// Connects to the server at `address`. The system completes a connection
    /// even before the server accepts it: sending works at once, the answers
    /// come when the server gets to them.
    ///
    /// # Panics
    /// When nothing listens there.
    pub async fn connect(address: SocketAddr) -> Client {
        let stream = TcpStream::connect(address).await.expect("could not connect to the server");
        let (reader, writer) = stream.into_split();
        Client { lines: BufReader::new(reader).lines(), writer }
    }

    /// Sends one line (a job: `"3"`), without waiting for its answer. A
    /// server that has hung up makes it do nothing.
    pub async fn send(&mut self, line: &str) {
        let _ = self.writer.write_all(format!("{line}\n").as_bytes()).await;
    }

    /// Says that no more lines will come (closes the sending side); the
    /// answers can still be read.
    pub async fn finish(&mut self) {
        let _ = self.writer.shutdown().await;
    }

    /// Every answer until the server closes the connection, or until
    /// `limit` has passed, whichever comes first; then hangs up.
    pub async fn answers(mut self, limit: Duration) -> Vec<String> {
        let mut answers = Vec::new();
        let _ = timeout(limit, async {
            while let Ok(Some(line)) = self.lines.next_line().await {
                answers.push(line);
            }
        })
        .await;
        answers
    }
}

/// Why a supervisor stopped restarting its worker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GaveUp {
    /// How many times the worker failed (panicked).
    pub failures: usize,
}

/// What a shutdown did with the connections still open when it began.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shutdown {
    /// Connections that ended on their own within the grace period.
    pub finished: usize,
    /// Connections aborted at the end of the grace period.
    pub cut_short: usize,
    /// Jobs acknowledged by the connections that finished.
    pub acknowledged: usize,
}

/// A worker that fails (panics) on its first runs, then succeeds.
/// Clones share the count of runs.
#[derive(Clone, Debug)]
pub struct Worker {
    run_time: Duration,
    failures: usize,
    runs: Arc<AtomicUsize>,
}

impl Worker {
    /// A worker whose every run takes `run_time` and whose first `failures`
    /// runs panic at their end.
    pub fn new(run_time: Duration, failures: usize) -> Self {
        Worker { run_time, failures, runs: Arc::new(AtomicUsize::new(0)) }
    }

    /// One run of the worker, to spawn as a task: traced as `"run N"` (N
    /// counts from 1). It panics at its end while the worker still has
    /// failures to make; otherwise it returns N. Given.
    pub fn run(&self) -> impl Future<Output = u32> + Send + 'static {
        let number = self.runs.fetch_add(1, Ordering::SeqCst) + 1;
        let (run_time, fails) = (self.run_time, number <= self.failures);
        async move {
            traced(&format!("run {number}"), sleep(run_time)).await;
            if fails {
                panic!("the worker failed on run {number}");
            }
            number as u32
        }
    }

    /// How many runs have started so far.
    pub fn runs(&self) -> usize {
        self.runs.load(Ordering::SeqCst)
    }
}
