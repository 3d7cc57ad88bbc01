//! Lesson 02: tasks.
//!
//! A spawned task runs by itself while its creator goes on, so two chores can
//! progress while you wait for a third. `tokio::spawn` is `asyncio.create_task`;
//! the `JoinHandle` it returns is awaited for the result.
//!
//! Run it: `cargo run -p lesson-02` (real clock) or
//! `cargo run -p lesson-02 -- --virtual-clock` (exact and instant).

use std::sync::Arc;
use std::time::Duration;

use timeline::lesson::{ratio, secs, section, time_and_draw};
use timeline::{Recorder, traced};
use tokio::time::{Instant, sleep};

/// One unit of the story. 50 ms keeps the whole lesson under 2 seconds.
const UNIT: Duration = Duration::from_millis(50);

async fn chore(name: &'static str, units: u32) -> &'static str {
    traced(name, sleep(UNIT * units)).await;
    name
}

fn main() -> anyhow::Result<()> {
    timeline::lesson::run("Lesson 02: tasks", UNIT, lesson)
}

async fn lesson(recorder: Recorder) {
    section(1, "Chores as tasks: A (5 units) and B (2) together, then C (7)");
    let ((), with_tasks) = time_and_draw(&recorder, chores_as_tasks()).await;
    section(2, "The same chores awaited one after another");
    let ((), in_turn) = time_and_draw(&recorder, chores_in_turn()).await;
    println!(
        "tasks {}, one after another {}: the tasks are {} faster.",
        secs(with_tasks),
        secs(in_turn),
        ratio(in_turn, with_tasks)
    );

    section(3, "A panic in a task arrives as a JoinError");
    panic_becomes_an_error().await;

    section(4, "Tasks own their data: Send + 'static, move and Arc");
    share_with_arc().await;

    section(5, "Dropping a JoinHandle does not stop the task");
    let ((), _) = time_and_draw(&recorder, detach()).await;
    println!("The task ran to the end although its handle was dropped at once.");

    section(6, "When the runtime shuts down, unfinished tasks are dropped");
    shutdown_drops_tasks();
}

// ANCHOR: chores
async fn chores_as_tasks() {
    let started = Instant::now();
    let a = tokio::spawn(chore("A: laundry", 5));
    let b = tokio::spawn(chore("B: dishes", 2));
    // On this current-thread runtime both tasks start at the first `.await` below
    // (`a.await`), and run side by side; awaiting A first does not hold B back.
    a.await.expect("A panicked");
    println!("A's handle returned after {} units", units_since(started));
    b.await.expect("B panicked");
    println!("B's handle returned after {} units (B itself was done at 2)", units_since(started));
    let c = tokio::spawn(chore("C: ironing", 7));
    c.await.expect("C panicked");
    println!("C started only after both were awaited: done after {} units", units_since(started));
}
// ANCHOR_END: chores

async fn chores_in_turn() {
    chore("A: laundry", 5).await;
    chore("B: dishes", 2).await;
    chore("C: ironing", 7).await;
}

fn units_since(started: Instant) -> u128 {
    started.elapsed().as_millis() / UNIT.as_millis()
}

// ANCHOR: join_error
async fn panic_becomes_an_error() {
    let handle = tokio::spawn(async {
        chore("vacuuming", 1).await;
        panic!("the vacuum cleaner broke");
    });
    // The panic message above goes to stderr; this task carries on.
    match handle.await {
        Ok(()) => println!("the vacuuming finished"),
        Err(error) if error.is_panic() => {
            println!("the task panicked; the caller got a JoinError: {error}")
        }
        Err(error) => println!("the task was cancelled: {error}"),
    }
}
// ANCHOR_END: join_error

// ANCHOR: arc
async fn share_with_arc() {
    // A spawned task may outlive the function that spawned it, so it cannot
    // borrow the function's locals: it must own what it uses ('static), and
    // the runtime may move it between threads (Send). An Arc lets every task
    // own a handle to one shared list.
    let guests: Arc<Vec<&str>> = Arc::new(vec!["Ada", "Grace", "Linus"]);
    let mut handles = Vec::new();
    for seat in 0..guests.len() {
        let guests = Arc::clone(&guests);
        handles.push(tokio::spawn(async move { format!("{} sits at seat {seat}", guests[seat]) }));
    }
    for handle in handles {
        println!("{}", handle.await.expect("a seating task panicked"));
    }
}
// ANCHOR_END: arc

// ANCHOR: detach
async fn detach() {
    let handle = tokio::spawn(chore("detached", 3));
    drop(handle);
    sleep(UNIT * 4).await;
}
// ANCHOR_END: detach

// ANCHOR: shutdown
fn shutdown_drops_tasks() {
    // A second runtime on its own thread, so that it can be shut down here;
    // `main` returning does the same to the lesson's runtime.
    let demo = std::thread::spawn(|| {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap();
        runtime.block_on(async {
            tokio::spawn(async {
                let _notice = OnDrop("the unfinished task was dropped with its runtime");
                sleep(Duration::from_secs(3600)).await;
                println!("this line never prints");
            });
            tokio::task::yield_now().await; // let the task start and reach its sleep
        });
        drop(runtime);
    });
    demo.join().expect("the shutdown demo panicked");
    println!("Only its destructors ran: no code after the `.await` it was stopped at.");
    println!("Python's asyncio.run differs: it throws CancelledError into each leftover task");
    println!("and waits for them, so their cleanup may still await; tokio only drops them.");
}

/// Prints its message when dropped: synchronous cleanup that runs even for a
/// task that never finishes.
struct OnDrop(&'static str);

impl Drop for OnDrop {
    fn drop(&mut self) {
        println!("{}", self.0);
    }
}
// ANCHOR_END: shutdown
