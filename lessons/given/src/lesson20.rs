//! Given helpers for lesson 20: capstone II, a polite link checker.
//!
//! `exercises/src/lesson20.rs` and `solutions/src/lesson20.rs` both import
//! these, and so does the lesson program (`lessons/lesson-20`).
//!
//! A crawler needs something that fetches a page. [`Fetch`] is that
//! something: [`HttpFetch`] fetches over real HTTP with a `reqwest::Client`,
//! and [`FakeSite`] answers from a table, on tokio's clock, so that the
//! graded tests can check limits, time limits and retries to the exact
//! virtual second. [`LocalSite`] is a real site on loopback: two servers on
//! two ports (two hosts, as far as a crawler can tell), with pages that link
//! to each other, a missing page, a slow one, a silent one and one that fails
//! once before it answers.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use timeline::traced;
use tokio::io::{AsyncWriteExt, BufReader};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, oneshot};

// The local site reads requests as lesson 12's test server does.
use crate::lesson12::{hang_up_of, read_request};

pub use reqwest::Client;
pub use tokio_util::sync::CancellationToken;

/// One unit of time in the graded tests that use a [`FakeSite`]: one
/// virtual second.
pub const UNIT: Duration = Duration::from_secs(1);

/// How hard to try for one page: a time limit for each try, how many tries
/// a server error (500 to 599) may get, and the pause before the second try
/// (each later pause is twice the one before).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    /// How long one try may take, from asking to having the whole page.
    pub time_limit: Duration,
    /// How many tries at most (0 counts as 1).
    pub attempts: u32,
    /// The pause before the second try.
    pub first_pause: Duration,
}

impl Policy {
    /// The graded tests' policy on a [`FakeSite`]: 10 units per try, 3
    /// tries, pauses of 1 and then 2 units.
    pub const GRADED: Policy =
        Policy { time_limit: Duration::from_secs(10), attempts: 3, first_pause: UNIT };

    /// The policy for a [`LocalSite`] on the real clock: 300 ms per try, 3
    /// tries, pauses of 50 and then 100 ms.
    pub const LOCAL: Policy = Policy {
        time_limit: Duration::from_millis(300),
        attempts: 3,
        first_pause: Duration::from_millis(50),
    };
}

/// A page as a fetch found it: its URL, its status and the links on it
/// (absolute URLs, without `#fragment`, each once, in order of appearance).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// The URL that was asked for.
    pub url: String,
    /// The HTTP status of the answer.
    pub status: u16,
    /// Where the page links to.
    pub links: Vec<String>,
}

/// The error for an answer whose status says the page is not there (400 to
/// 499) or the server failed (500 to 599). It prints as `status 404`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadStatus(pub u16);

impl fmt::Display for BadStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "status {}", self.0)
    }
}

impl std::error::Error for BadStatus {}

// ANCHOR: fetch_trait
/// Something that fetches one page: one GET, one answer. A status of any
/// kind (404, 503) is an answer, so it comes back as `Ok`; an error means
/// there was no answer at all (nothing listens, the connection dropped).
pub trait Fetch {
    /// Asks for `url` once.
    fn fetch(&self, url: &str) -> impl Future<Output = anyhow::Result<Page>>;
}
// ANCHOR_END: fetch_trait

/// The host of `url` with its port, which is what a per-host limit counts:
/// `one.test` for `http://one.test/a`, `127.0.0.1:8080` for
/// `http://127.0.0.1:8080/`. A URL that cannot be read is its own host.
pub fn host_of(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(parsed) => match (parsed.host_str(), parsed.port()) {
            (Some(host), Some(port)) => format!("{host}:{port}"),
            (Some(host), None) => host.to_string(),
            (None, _) => url.to_string(),
        },
        Err(_) => url.to_string(),
    }
}

/// What a crawl found: every page it asked for, with its status or the
/// error (`format!("{error:#}")`, its whole chain on one line), and whether
/// it was stopped before it ran out of pages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Every page fetched, by URL: `Ok(status)` or `Err(error chain)`.
    pub pages: BTreeMap<String, Result<u16, String>>,
    /// Whether the crawl was stopped (Ctrl-C) before it was done.
    pub stopped: bool,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let broken = self.pages.values().filter(|result| result.is_err()).count();
        for (url, result) in &self.pages {
            match result {
                Ok(status) => writeln!(f, "  {status}  {url}")?,
                Err(error) => writeln!(f, "  ---  {error}")?,
            }
        }
        let stopped = if self.stopped { ", stopped before the end" } else { "" };
        write!(
            f,
            "{} pages, {} fine, {broken} broken{stopped}",
            self.pages.len(),
            self.pages.len() - broken
        )
    }
}

/// The limits of a polite crawl: a semaphore for all requests, and one
/// semaphore per host, made the first time a host is asked for.
#[derive(Debug)]
pub struct Limits {
    /// Permits for all requests together.
    pub total: Arc<Semaphore>,
    /// How many requests one host may have in flight.
    pub per_host: usize,
    /// One semaphore per host, by [`host_of`]; empty at first.
    pub hosts: Mutex<HashMap<String, Arc<Semaphore>>>,
}

impl Limits {
    /// At most `total` requests in flight, and at most `per_host` to any one
    /// host.
    pub fn new(total: usize, per_host: usize) -> Limits {
        Limits {
            total: Arc::new(Semaphore::new(total)),
            per_host,
            hosts: Mutex::new(HashMap::new()),
        }
    }
}

/// Leave to send one request: a permit of the host's semaphore and one of
/// the total. The request may go on while both are held.
#[derive(Debug)]
pub struct Permit {
    /// The permit of the URL's host.
    pub host: OwnedSemaphorePermit,
    /// The permit of all requests together.
    pub total: OwnedSemaphorePermit,
}

// ---------------------------------------------------------------------------
// A fake site on tokio's clock.

/// A site made of a table of pages, answered on tokio's clock: each page
/// takes the time it is given, so a test on the paused clock knows to the
/// virtual second when every request starts and ends. It keeps a log of
/// what it was asked, and each request shows in the timeline as
/// `GET <url>`. A URL it does not know answers 404 after 1 unit.
#[derive(Debug, Default)]
pub struct FakeSite {
    pages: HashMap<String, FakePage>,
    log: Mutex<FakeLog>,
}

#[derive(Clone, Debug)]
enum Answer {
    Status(u16),
    Flaky(usize),
    InTurn(Vec<u16>),
    Silent,
    Refused,
}

#[derive(Clone, Debug)]
struct FakePage {
    units: u32,
    answer: Answer,
    links: Vec<String>,
}

#[derive(Debug, Default)]
struct FakeLog {
    requests: Vec<String>,
    in_flight: HashMap<String, usize>,
    total_in_flight: usize,
    most: usize,
    most_per_host: HashMap<String, usize>,
}

impl FakeSite {
    /// An empty site: every URL answers 404 after 1 unit.
    pub fn new() -> FakeSite {
        FakeSite::default()
    }

    fn with(mut self, url: &str, units: u32, answer: Answer, links: &[&str]) -> FakeSite {
        let links = links.iter().map(|link| link.to_string()).collect();
        self.pages.insert(url.to_string(), FakePage { units, answer, links });
        self
    }

    /// `url` answers 200 after `units`, with these links.
    pub fn page(self, url: &str, units: u32, links: &[&str]) -> FakeSite {
        self.with(url, units, Answer::Status(200), links)
    }

    /// `url` answers `status` after `units`, every time, with no links.
    pub fn status(self, url: &str, units: u32, status: u16) -> FakeSite {
        self.with(url, units, Answer::Status(status), &[])
    }

    /// `url` answers 503 to its first `failures` requests, then 200 with
    /// these links; each answer takes `units`.
    pub fn flaky(self, url: &str, units: u32, failures: usize, links: &[&str]) -> FakeSite {
        self.with(url, units, Answer::Flaky(failures), links)
    }

    /// `url` answers its requests with `statuses` in turn, the last one
    /// again once they run out, each answer after `units`; an answer below
    /// 400 has these links, any other none.
    ///
    /// # Panics
    /// If `statuses` is empty.
    pub fn answers(self, url: &str, units: u32, statuses: &[u16], links: &[&str]) -> FakeSite {
        assert!(!statuses.is_empty(), "FakeSite::answers needs at least one status");
        self.with(url, units, Answer::InTurn(statuses.to_vec()), links)
    }

    /// `url` never answers.
    pub fn silent(self, url: &str) -> FakeSite {
        self.with(url, 0, Answer::Silent, &[])
    }

    /// Asking for `url` fails at once with the error `connection refused`.
    pub fn refused(self, url: &str) -> FakeSite {
        self.with(url, 0, Answer::Refused, &[])
    }

    /// How many requests `url` got.
    pub fn requests_to(&self, url: &str) -> usize {
        self.lock().requests.iter().filter(|asked| *asked == url).count()
    }

    /// Every request, in the order they were made.
    pub fn requests(&self) -> Vec<String> {
        self.lock().requests.clone()
    }

    /// The most requests in flight at the same moment, all hosts together.
    pub fn most_in_flight(&self) -> usize {
        self.lock().most
    }

    /// The most requests in flight at the same moment to `host` (as
    /// [`host_of`] gives it).
    pub fn most_in_flight_to(&self, host: &str) -> usize {
        self.lock().most_per_host.get(host).copied().unwrap_or(0)
    }

    /// Every host asked, each with the most requests it had at once.
    pub fn most_in_flight_per_host(&self) -> BTreeMap<String, usize> {
        self.lock().most_per_host.iter().map(|(host, most)| (host.clone(), *most)).collect()
    }

    fn lock(&self) -> MutexGuard<'_, FakeLog> {
        self.log.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Counts a request in flight until it is dropped, answered or not.
struct InFlight<'a> {
    site: &'a FakeSite,
    host: String,
}

impl<'a> InFlight<'a> {
    fn begin(site: &'a FakeSite, url: &str) -> InFlight<'a> {
        let host = host_of(url);
        let mut log = site.lock();
        log.requests.push(url.to_string());
        log.total_in_flight += 1;
        log.most = log.most.max(log.total_in_flight);
        let now = {
            let count = log.in_flight.entry(host.clone()).or_default();
            *count += 1;
            *count
        };
        let most = log.most_per_host.entry(host.clone()).or_default();
        *most = (*most).max(now);
        drop(log);
        InFlight { site, host }
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        let mut log = self.site.lock();
        log.total_in_flight -= 1;
        if let Some(count) = log.in_flight.get_mut(&self.host) {
            *count -= 1;
        }
    }
}

impl Fetch for FakeSite {
    async fn fetch(&self, url: &str) -> anyhow::Result<Page> {
        traced(&format!("GET {url}"), async {
            let _in_flight = InFlight::begin(self, url);
            let before = self.requests_to(url) - 1;
            let page = self.pages.get(url).cloned().unwrap_or(FakePage {
                units: 1,
                answer: Answer::Status(404),
                links: Vec::new(),
            });
            tokio::time::sleep(UNIT * page.units).await;
            let (status, links) = match page.answer {
                Answer::Status(status) if status < 400 => (status, page.links),
                Answer::Status(status) => (status, Vec::new()),
                Answer::Flaky(failures) if before < failures => (503, Vec::new()),
                Answer::Flaky(_) => (200, page.links),
                Answer::InTurn(statuses) => {
                    let status = statuses.get(before).or(statuses.last()).copied().unwrap_or(200);
                    (status, if status < 400 { page.links } else { Vec::new() })
                }
                Answer::Silent => std::future::pending().await,
                Answer::Refused => anyhow::bail!("connection refused"),
            };
            Ok(Page { url: url.to_string(), status, links })
        })
        .await
    }
}

// ---------------------------------------------------------------------------
// Real HTTP.

/// Fetches over HTTP with one shared `reqwest::Client`: the status, and for
/// an HTML page that answered 200 to 399, the links in its `href`s.
#[derive(Clone, Debug, Default)]
pub struct HttpFetch {
    client: Client,
}

impl HttpFetch {
    /// A fetcher with a client of its own, reused for every page.
    pub fn new() -> HttpFetch {
        HttpFetch { client: Client::new() }
    }
}

impl Fetch for HttpFetch {
    async fn fetch(&self, url: &str) -> anyhow::Result<Page> {
        let response = self.client.get(url).send().await?;
        let status = response.status().as_u16();
        let links = if status < 400 { links_in(url, &response.text().await?) } else { Vec::new() };
        Ok(Page { url: url.to_string(), status, links })
    }
}

/// The links of an HTML page at `url`: every `href="..."`, made absolute,
/// without its `#fragment`, `http` and `https` only, each once, in order.
pub fn links_in(url: &str, html: &str) -> Vec<String> {
    let Ok(base) = reqwest::Url::parse(url) else { return Vec::new() };
    let mut links: Vec<String> = Vec::new();
    for piece in html.split("href=\"").skip(1) {
        let Some((href, _)) = piece.split_once('"') else { continue };
        let Ok(mut link) = base.join(href) else { continue };
        link.set_fragment(None);
        let link = link.to_string();
        if (link.starts_with("http://") || link.starts_with("https://")) && !links.contains(&link) {
            links.push(link);
        }
    }
    links
}

// ---------------------------------------------------------------------------
// A real site on loopback.

/// A small site on loopback: two servers on two ports of 127.0.0.1, which a
/// crawler sees as two hosts. The start page links to pages on both; one
/// page is missing (404), one is slow, one never answers, one fails with a
/// 503 once and then answers, and one always fails with a 500.
///
/// The servers run on a thread of their own with their own runtime, and
/// watch from their side: how many requests each path got and the most
/// requests each host was working on at once.
pub struct LocalSite {
    one: String,
    two: String,
    log: Arc<Mutex<SiteLog>>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// How long the slow page of a [`LocalSite`] takes to answer.
pub const SLOW_PAGE: Duration = Duration::from_millis(200);

#[derive(Debug, Default)]
struct SiteLog {
    requests: Vec<String>,
    in_flight: [usize; 2],
    most: [usize; 2],
    most_total: usize,
}

impl LocalSite {
    /// Starts both servers.
    ///
    /// # Panics
    /// If no loopback socket can be opened, which leaves nothing to crawl.
    pub fn start() -> LocalSite {
        let bind = || {
            let listener = std::net::TcpListener::bind("127.0.0.1:0")
                .expect("could not open a socket on 127.0.0.1 for the local site");
            listener.set_nonblocking(true).expect("a non-blocking socket");
            listener
        };
        let (first, second) = (bind(), bind());
        let one = format!("http://{}", first.local_addr().expect("an address"));
        let two = format!("http://{}", second.local_addr().expect("an address"));
        let log = Arc::new(Mutex::new(SiteLog::default()));
        let (stop, stopped) = oneshot::channel();
        let (site_log, bases) = (Arc::clone(&log), [one.clone(), two.clone()]);
        let thread = std::thread::Builder::new()
            .name("local site".into())
            .spawn(move || serve(first, second, bases, site_log, stopped))
            .expect("could not start the local site's thread");
        LocalSite { one, two, log, stop: Some(stop), thread: Some(thread) }
    }

    /// The start page: `http://127.0.0.1:PORT/`.
    pub fn start_page(&self) -> String {
        format!("{}/", self.one)
    }

    /// `http://127.0.0.1:PORT` of the first server.
    pub fn one(&self) -> &str {
        &self.one
    }

    /// `http://127.0.0.1:PORT` of the second server.
    pub fn two(&self) -> &str {
        &self.two
    }

    /// What a correct crawl of this site finds with [`Policy::LOCAL`] and
    /// the context `fetching <url>` on every error.
    pub fn expected_summary(&self) -> Summary {
        let (one, two) = (&self.one, &self.two);
        let fine = |path: String| (path, Ok(200));
        let broken = |url: String, why: &str| (url.clone(), Err(format!("fetching {url}: {why}")));
        let pages = [
            fine(format!("{one}/")),
            fine(format!("{one}/about")),
            fine(format!("{one}/news")),
            fine(format!("{one}/slow")),
            broken(format!("{one}/old"), "status 404"),
            broken(format!("{one}/never"), "deadline has elapsed"),
            fine(format!("{two}/")),
            fine(format!("{two}/docs")),
            fine(format!("{two}/docs/a")),
            fine(format!("{two}/docs/b")),
            fine(format!("{two}/flaky")),
            broken(format!("{two}/broken"), "status 500"),
        ];
        Summary { pages: pages.into_iter().collect(), stopped: false }
    }

    /// How many requests `url` got.
    pub fn requests_to(&self, url: &str) -> usize {
        self.lock().requests.iter().filter(|asked| *asked == url).count()
    }

    /// How many requests the site got in all.
    pub fn requests(&self) -> usize {
        self.lock().requests.len()
    }

    /// The most requests each server was working on at the same moment.
    pub fn most_in_flight_per_host(&self) -> [usize; 2] {
        self.lock().most
    }

    /// The most requests both servers were working on at the same moment.
    pub fn most_in_flight(&self) -> usize {
        self.lock().most_total
    }

    fn lock(&self) -> MutexGuard<'_, SiteLog> {
        self.log.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Drop for LocalSite {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve(
    first: std::net::TcpListener,
    second: std::net::TcpListener,
    bases: [String; 2],
    log: Arc<Mutex<SiteLog>>,
    stopped: oneshot::Receiver<()>,
) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("could not build the local site's runtime");
    runtime.block_on(async move {
        let listeners = [
            tokio::net::TcpListener::from_std(first).expect("a tokio listener"),
            tokio::net::TcpListener::from_std(second).expect("a tokio listener"),
        ];
        let bases = Arc::new(bases);
        let mut stopped = stopped;
        loop {
            let (socket, host) = tokio::select! {
                biased;
                _ = &mut stopped => return,
                Ok((socket, _)) = listeners[0].accept() => (socket, 0),
                Ok((socket, _)) = listeners[1].accept() => (socket, 1),
            };
            tokio::spawn(serve_connection(socket, host, Arc::clone(&bases), Arc::clone(&log)));
        }
    });
}

/// The page at `path` of server `host`: the status, how long it takes, and
/// the HTML; `None` for the page that never answers.
fn local_page(
    host: usize,
    path: &str,
    before: usize,
    bases: &[String; 2],
) -> Option<(u16, Duration, String)> {
    let two = &bases[1];
    let links = |hrefs: &[&str]| -> String {
        let anchors: Vec<String> =
            hrefs.iter().map(|href| format!("<a href=\"{href}\">{href}</a>")).collect();
        format!("<html><body>{}</body></html>", anchors.join("\n"))
    };
    let ok = |body: String| Some((200, Duration::ZERO, body));
    match (host, path) {
        (0, "/") => ok(links(&[
            "/about",
            "news",
            "/slow",
            "/old",
            "/never",
            &format!("{two}/"),
            "/about#team",
        ])),
        (0, "/about") => ok(links(&["/", &format!("{two}/docs"), "mailto:someone@example.com"])),
        (0, "/news") => ok(links(&["/about", "/news#today"])),
        (0, "/slow") => Some((200, SLOW_PAGE, links(&["/news", &format!("{two}/docs/b")]))),
        (0, "/never") => None,
        (1, "/") => ok(links(&["/docs", &format!("{}/", bases[0]), "/flaky"])),
        (1, "/docs") => ok(links(&["/docs/a", "docs/b", "/broken", "/docs"])),
        (1, "/docs/a") | (1, "/docs/b") => ok(links(&["/docs"])),
        (1, "/flaky") if before == 0 => Some((503, Duration::ZERO, String::new())),
        (1, "/flaky") => ok(links(&["/"])),
        (1, "/broken") => Some((500, Duration::ZERO, String::new())),
        _ => Some((404, Duration::ZERO, String::new())),
    }
}

async fn serve_connection(
    socket: tokio::net::TcpStream,
    host: usize,
    bases: Arc<[String; 2]>,
    log: Arc<Mutex<SiteLog>>,
) {
    let (reader, mut writer) = socket.into_split();
    let mut reader = BufReader::new(reader);
    while let Some(path) = read_request(&mut reader).await {
        let url = format!("{}{path}", bases[host]);
        let before = {
            let mut log = log.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            let before = log.requests.iter().filter(|asked| **asked == url).count();
            log.requests.push(url);
            log.in_flight[host] += 1;
            log.most[host] = log.most[host].max(log.in_flight[host]);
            let total = log.in_flight[0] + log.in_flight[1];
            log.most_total = log.most_total.max(total);
            before
        };
        let done = || {
            let mut log = log.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            log.in_flight[host] -= 1;
        };
        let Some((status, delay, body)) = local_page(host, &path, before, &bases) else {
            // The page that never answers: wait until the client hangs up.
            hang_up_of(&mut reader).await;
            done();
            return;
        };
        tokio::time::sleep(delay).await;
        done();
        // Head and body in one write: two small writes would wait for the
        // client's delayed acknowledgement of the first (Nagle's algorithm).
        let answer = format!(
            "HTTP/1.1 {status} {}\r\ncontent-type: text/html\r\ncontent-length: {}\r\n\r\n{body}",
            if status == 200 { "OK" } else { "Status" },
            body.len()
        );
        if writer.write_all(answer.as_bytes()).await.is_err() {
            return;
        }
    }
}
