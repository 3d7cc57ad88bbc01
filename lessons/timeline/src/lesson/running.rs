//! A lesson binary run by its own tests, as a reader would run it: to the end,
//! or started, watched and stopped with a real signal.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

/// Runs the lesson `binary` with `arguments` to its end; what it printed and
/// how long it took.
///
/// # Panics
/// When the lesson fails; the message shows what it printed.
pub fn run_to_the_end(binary: &str, arguments: &[&str]) -> (String, Duration) {
    let started = Instant::now();
    let run = Command::new(binary).args(arguments).output().expect("could not run the lesson");
    let took = started.elapsed();
    let output = String::from_utf8(run.stdout).expect("the output is UTF-8");
    assert!(
        run.status.success(),
        "the lesson failed:\n{output}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    (output, took)
}

/// A lesson binary, running, with its output read line by line on a thread
/// of its own, so that no wait in a test can hang. Dropping it ends the
/// lesson, so that a failed test does not leave it running.
///
/// The signals are sent with the `kill` command, so they need a Unix system.
pub struct Running {
    child: Child,
    lines: Receiver<String>,
}

impl Running {
    /// Starts the lesson `binary` with `arguments`.
    ///
    /// # Panics
    /// When it cannot be started.
    pub fn start(binary: &str, arguments: &[&str]) -> Running {
        let mut child = Command::new(binary)
            .args(arguments)
            .stdout(Stdio::piped())
            .spawn()
            .expect("could not start the lesson");
        let stdout = child.stdout.take().expect("stdout is piped");
        let (sender, lines) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        Running { child, lines }
    }

    /// The output up to and including the first line containing `wanted`.
    ///
    /// # Panics
    /// When no such line comes within `limit`, or the lesson ends first.
    pub fn read_until(&mut self, wanted: &str, limit: Duration) -> String {
        let deadline = Instant::now() + limit;
        let mut output = String::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    output.push_str(&line);
                    output.push('\n');
                    if line.contains(wanted) {
                        return output;
                    }
                }
                Err(RecvTimeoutError::Timeout) => {
                    panic!("no {wanted:?} within {limit:?}; it printed:\n{output}")
                }
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("the lesson ended without printing {wanted:?}:\n{output}")
                }
            }
        }
    }

    /// Sends SIGINT, which is what Ctrl-C in a terminal does.
    pub fn interrupt(&self) {
        self.signal("-INT");
    }

    /// Sends SIGTERM, which is what `kill` and service managers send.
    pub fn terminate(&self) {
        self.signal("-TERM");
    }

    // The `kill` command, not the system call: the workspace forbids unsafe code.
    fn signal(&self, which: &str) {
        let status = Command::new("kill")
            .args([which, &self.child.id().to_string()])
            .status()
            .expect("could not run kill");
        assert!(status.success(), "kill {which} failed");
    }

    /// How the lesson exited.
    ///
    /// # Panics
    /// When it is still running after `limit`.
    pub fn wait_for_exit(&mut self, limit: Duration) -> ExitStatus {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.child.try_wait().expect("could not wait for the lesson") {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "the lesson was still running {limit:?} after the signal"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Everything printed after what was read so far; call it once the
    /// lesson has exited (its output is then closed).
    pub fn rest_of_output(&self) -> String {
        self.lines.iter().map(|line| line + "\n").collect()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
