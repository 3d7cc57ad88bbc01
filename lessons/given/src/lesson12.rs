//! Given helpers for lesson 12: the capstone, a concurrent status checker.
//!
//! `exercises/src/lesson12.rs` and `solutions/src/lesson12.rs` both import
//! these, and so does the lesson program (`lessons/lesson-12`).
//!
//! [`TestServer`] is a small HTTP/1.1 server on loopback (127.0.0.1, a port
//! of its own), written with tokio's `TcpListener` and hand-written
//! responses. It has an endpoint for every case a status checker must
//! handle: a quick answer, any status, a slow answer, no answer at all, a
//! dropped connection, and a body that never ends. It also hands out a URL
//! nobody listens on and one that is not a URL.
//!
//! The server runs on a thread of its own, with its own runtime, so your
//! code cannot slow it down or stop it, and it watches from its side: how
//! many requests it got, how many it was working on at once, how many
//! connections were opened, and a timeline of every request as it saw it.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use timeline::{Outcome, Span, Timeline};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::oneshot;

/// The HTTP client these exercises use: `reqwest::Client`, re-exported so
/// that the graded tests can make one too.
pub use reqwest::Client;

/// One unit of time in this lesson's graded tests. Real sockets need the
/// real clock, so a unit is real time here, not a virtual second.
pub const UNIT: Duration = Duration::from_millis(100);

/// How long `fetch_status` waits for an
/// answer before it gives up: 10 units.
pub const TIME_LIMIT: Duration = Duration::from_millis(1000);

/// How long `fetch_with_retry` pauses
/// before its second try: 1 unit. Each later pause is twice the one before.
pub const FIRST_RETRY_PAUSE: Duration = UNIT;

/// A local HTTP server to check. Every method that returns a `String` gives
/// a URL of one endpoint. The server stops when it is dropped.
pub struct TestServer {
    base: String,
    unreachable: String,
    log: Arc<Mutex<Log>>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl TestServer {
    /// Starts a server on 127.0.0.1, on a port the system picks.
    ///
    /// # Panics
    /// If no loopback socket can be opened, which leaves nothing to test.
    pub fn start() -> TestServer {
        let listener = std::net::TcpListener::bind("127.0.0.1:0")
            .expect("could not open a socket on 127.0.0.1 for the test server");
        listener.set_nonblocking(true).expect("a non-blocking socket");
        let address = listener.local_addr().expect("the server's address");
        let log = Arc::new(Mutex::new(Log::new()));
        let (stop, stopped) = oneshot::channel();
        let server_log = Arc::clone(&log);
        let thread = std::thread::Builder::new()
            .name("test server".into())
            .spawn(move || serve_on_own_runtime(listener, server_log, stopped))
            .expect("could not start the test server's thread");
        TestServer {
            base: format!("http://{address}"),
            unreachable: format!("http://{}/nobody-listens", free_address()),
            log,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// `http://127.0.0.1:PORT`, the start of every URL of this server.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// Answers 200 at once.
    pub fn ok(&self) -> String {
        format!("{}/ok", self.base)
    }

    /// Answers `code` at once (200 to 599; anything else is a 404).
    pub fn status(&self, code: u16) -> String {
        format!("{}/status/{code}", self.base)
    }

    /// Answers 200 after `delay`.
    pub fn slow(&self, delay: Duration) -> String {
        format!("{}/slow/{}ms", self.base, delay.as_millis())
    }

    /// Reads the request and never answers; it waits until the client hangs up.
    pub fn silent(&self) -> String {
        format!("{}/silent", self.base)
    }

    /// Reads the request and closes the connection without an answer.
    pub fn hang_up(&self) -> String {
        format!("{}/hang-up", self.base)
    }

    /// Answers 200 at once, then sends a body that never ends. A client that
    /// reads the status only is done at once; one that reads the body waits
    /// forever.
    pub fn endless_body(&self) -> String {
        format!("{}/endless-body", self.base)
    }

    /// Answers 503 (service unavailable) to the first `failures` requests,
    /// and 200 after that.
    pub fn flaky(&self, failures: usize) -> String {
        format!("{}/flaky/{failures}", self.base)
    }

    /// A URL on a loopback port where nothing listens: connecting is refused.
    pub fn unreachable(&self) -> String {
        self.unreachable.clone()
    }

    /// Not a URL at all (the colon after `http` is missing).
    pub fn malformed(&self) -> String {
        "http//127.0.0.1/missing-colon".to_string()
    }

    /// How many requests the server has received for `url` (one of its own).
    pub fn requests_to(&self, url: &str) -> usize {
        let path = url.strip_prefix(&self.base).unwrap_or(url);
        self.lock().requests.iter().filter(|request| request.path == path).count()
    }

    /// The most requests the server was working on at the same moment: from
    /// reading a request to answering it (or to the client hanging up).
    pub fn most_in_flight(&self) -> usize {
        self.lock().most_in_flight
    }

    /// How many connections clients opened. A client that keeps its
    /// connections open reuses them for later requests.
    pub fn connections(&self) -> usize {
        self.lock().connections
    }

    /// Every request as the server saw it, one row per request, labelled
    /// with its path. A request the client gave up on shows as cancelled.
    pub fn timeline(&self) -> Timeline {
        let log = self.lock();
        let now = Instant::now();
        let spans = log.requests.iter().map(|request| Span {
            label: request.path.clone(),
            tokio_task: None,
            start: request.start.duration_since(log.origin),
            end: request.end.unwrap_or(now).duration_since(log.origin),
            outcome: request.outcome,
        });
        Timeline::new(spans.collect())
    }

    fn lock(&self) -> MutexGuard<'_, Log> {
        lock(&self.log)
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            // The server only stops listening and closes its sockets: quick.
            let _ = thread.join();
        }
    }
}

/// An address on loopback where nothing listens: one the system just gave
/// out and took back. The system hands out other ports before reusing it.
fn free_address() -> SocketAddr {
    let probe = std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback socket");
    probe.local_addr().expect("the probe's address")
}

/// What the server has seen.
struct Log {
    origin: Instant,
    connections: usize,
    in_flight: usize,
    most_in_flight: usize,
    requests: Vec<Request>,
}

struct Request {
    path: String,
    start: Instant,
    end: Option<Instant>,
    outcome: Outcome,
}

impl Log {
    fn new() -> Self {
        Log {
            origin: Instant::now(),
            connections: 0,
            in_flight: 0,
            most_in_flight: 0,
            requests: Vec::new(),
        }
    }

    /// Notes a new request; returns its place in the log and how many
    /// requests for the same path came before it.
    fn begin(&mut self, path: &str) -> (usize, usize) {
        let before = self.requests.iter().filter(|request| request.path == path).count();
        self.requests.push(Request {
            path: path.to_string(),
            start: Instant::now(),
            end: None,
            outcome: Outcome::Running,
        });
        self.in_flight += 1;
        self.most_in_flight = self.most_in_flight.max(self.in_flight);
        (self.requests.len() - 1, before)
    }

    fn end(&mut self, index: usize, outcome: Outcome) {
        let request = &mut self.requests[index];
        if request.end.is_none() {
            request.end = Some(Instant::now());
            request.outcome = outcome;
            self.in_flight -= 1;
        }
    }
}

fn lock(log: &Mutex<Log>) -> MutexGuard<'_, Log> {
    log.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The server's thread: a runtime of its own, serving until told to stop.
/// Dropping the runtime at the end closes every connection still open.
fn serve_on_own_runtime(
    listener: std::net::TcpListener,
    log: Arc<Mutex<Log>>,
    stopped: oneshot::Receiver<()>,
) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("could not build the test server's runtime");
    runtime.block_on(async move {
        let listener = TcpListener::from_std(listener).expect("a tokio listener");
        let mut stopped = stopped;
        loop {
            tokio::select! {
                // Stopping wins over a connection that arrives at the same time.
                biased;
                _ = &mut stopped => return,
                accepted = listener.accept() => {
                    // A failed accept (a client that gave up at once) costs
                    // nothing; the server keeps listening.
                    if let Ok((socket, _)) = accepted {
                        lock(&log).connections += 1;
                        tokio::spawn(serve_connection(socket, Arc::clone(&log)));
                    }
                }
            }
        }
    });
}

/// What a request asks for, read from its path.
enum Endpoint {
    Status(u16),
    Slow(Duration),
    Silent,
    HangUp,
    EndlessBody,
    Flaky(usize),
}

impl Endpoint {
    fn from_path(path: &str) -> Endpoint {
        let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        let endpoint = match parts[..] {
            ["ok"] => Some(Endpoint::Status(200)),
            ["status", code] => {
                code.parse().ok().filter(|code| (200..=599).contains(code)).map(Endpoint::Status)
            }
            ["slow", delay] => delay
                .strip_suffix("ms")
                .and_then(|millis| millis.parse().ok())
                .map(|millis| Endpoint::Slow(Duration::from_millis(millis))),
            ["silent"] => Some(Endpoint::Silent),
            ["hang-up"] => Some(Endpoint::HangUp),
            ["endless-body"] => Some(Endpoint::EndlessBody),
            ["flaky", failures] => failures.parse().ok().map(Endpoint::Flaky),
            _ => None,
        };
        endpoint.unwrap_or(Endpoint::Status(404))
    }
}

/// Serves the requests of one connection, one after another, for as long as
/// the client keeps it open (HTTP/1.1 keep-alive).
async fn serve_connection(socket: tokio::net::TcpStream, log: Arc<Mutex<Log>>) {
    let (reader, mut writer) = socket.into_split();
    let mut reader = BufReader::new(reader);
    while let Some(path) = read_request(&mut reader).await {
        let (index, before) = lock(&log).begin(&path);
        let end = |outcome| lock(&log).end(index, outcome);
        let status = match Endpoint::from_path(&path) {
            Endpoint::Status(code) => code,
            Endpoint::Flaky(failures) if before < failures => 503,
            Endpoint::Flaky(_) => 200,
            Endpoint::Slow(delay) => {
                tokio::select! {
                    // A client that has gone counts as gone, even when the
                    // delay is up at the same moment.
                    biased;
                    () = hang_up_of(&mut reader) => {
                        end(Outcome::Cancelled);
                        return;
                    }
                    () = tokio::time::sleep(delay) => 200,
                }
            }
            Endpoint::Silent => {
                hang_up_of(&mut reader).await;
                end(Outcome::Cancelled);
                return;
            }
            Endpoint::HangUp => {
                end(Outcome::Finished);
                return;
            }
            Endpoint::EndlessBody => {
                end(Outcome::Finished);
                let head = "HTTP/1.1 200 OK\r\ncontent-length: 1000000000\r\n\r\n";
                if writer.write_all(head.as_bytes()).await.is_ok() {
                    // The first bytes of a body that never ends.
                    let _ = writer.write_all(&[b'.'; 1024]).await;
                    hang_up_of(&mut reader).await;
                }
                return;
            }
        };
        // Counted as answered before the answer leaves, so that a client
        // that sends its next request the moment it has this answer never
        // sees this one still counted in flight.
        end(Outcome::Finished);
        if writer.write_all(response_head(status).as_bytes()).await.is_err() {
            return;
        }
    }
}

/// Reads one request head (request line and headers) and returns the path;
/// `None` when the client closed the connection or sent no HTTP. Lesson 20's
/// local site reads its requests with it too.
pub(crate) async fn read_request<R: AsyncRead + Unpin>(
    reader: &mut BufReader<R>,
) -> Option<String> {
    // A request line starts with a method such as GET. Anything else (the
    // first bytes of a TLS handshake, say) gets the connection closed at
    // once, rather than a wait for a line that never ends.
    let first = *reader.fill_buf().await.ok()?.first()?;
    if !first.is_ascii_uppercase() {
        return None;
    }
    let mut line = String::new();
    if reader.read_line(&mut line).await.ok()? == 0 {
        return None;
    }
    // "GET /slow/300ms HTTP/1.1"
    let path = line.split_whitespace().nth(1)?.to_string();
    loop {
        line.clear();
        match reader.read_line(&mut line).await {
            Ok(0) | Err(_) => return None,
            Ok(_) if line.trim_end().is_empty() => return Some(path),
            Ok(_) => {}
        }
    }
}

/// Waits until the client closes its side of the connection.
pub(crate) async fn hang_up_of<R: AsyncRead + Unpin>(reader: &mut BufReader<R>) {
    let mut buffer = [0; 256];
    while let Ok(read) = reader.read(&mut buffer).await {
        if read == 0 {
            return;
        }
    }
}

/// A complete answer without a body: `content-length: 0` tells the client
/// that the connection is free for its next request at once.
fn response_head(status: u16) -> String {
    let reason = match status {
        200 => "OK",
        404 => "Not Found",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    };
    format!("HTTP/1.1 {status} {reason}\r\ncontent-length: 0\r\n\r\n")
}
