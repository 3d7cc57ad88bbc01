// Mistake: takes any poll after its timer was set as the timer firing ("woken means my timer fired"), so a wake from elsewhere ends the sleep early.
// Expect: whoever woke the task
// ANCHOR: sleep
/// A timer: when it is due, the order it was set in (ties fire in that
/// order), and the waker to call. Ordered by `(deadline, order)` only.
struct Timer {
    deadline: Duration,
    order: u64,
    waker: Waker,
}

impl PartialEq for Timer {
    fn eq(&self, other: &Self) -> bool {
        (self.deadline, self.order) == (other.deadline, other.order)
    }
}

impl Eq for Timer {}

impl PartialOrd for Timer {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timer {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.deadline, self.order).cmp(&(other.deadline, other.order))
    }
}

/// The timers set on this thread, earliest first, and how many were ever
/// set (the next timer's `order`).
#[derive(Default)]
struct Timers {
    heap: BinaryHeap<Reverse<Timer>>,
    set: u64,
}

thread_local! {
    /// The timers of the executor running on this thread.
    static TIMERS: RefCell<Timers> = RefCell::default();
}

/// The future [`sleep`] returns.
pub struct Sleep {
    deadline: Duration,
    set: bool,
}

impl Future for Sleep {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.set {
            // Only our timer wakes us: being polled again means it fired.
            return Poll::Ready(());
        }
        if now() >= self.deadline {
            return Poll::Ready(());
        }
        self.set = true;
        let (deadline, waker) = (self.deadline, cx.waker().clone());
        TIMERS.with(|timers| {
            let timers = &mut *timers.borrow_mut();
            let order = timers.set;
            timers.heap.push(Reverse(Timer { deadline, order, waker }));
            timers.set += 1;
        });
        Poll::Pending
    }
}

/// When nothing is ready: moves the clock to the earliest timer's deadline
/// and wakes every timer due then, in the order they were set. False when
/// no timer is set.
fn fire_timers() -> bool {
    let due = TIMERS.with(|timers| {
        let heap = &mut timers.borrow_mut().heap;
        let Reverse(first) = heap.pop()?;
        let deadline = first.deadline;
        let mut due = vec![first];
        while heap.peek().is_some_and(|Reverse(next)| next.deadline == deadline) {
            let Reverse(timer) = heap.pop().unwrap();
            due.push(timer);
        }
        Some(due)
    });
    let Some(due) = due else { return false };
    advance_to(due[0].deadline);
    for timer in due {
        timer.waker.wake();
    }
    true
}

/// Return a future that is ready once the virtual clock ([`now`]) reaches
/// the time of this call plus `duration`. Its first `Pending` poll sets a
/// timer: the deadline and the waker, pushed on a heap
/// (`BinaryHeap<Reverse<Timer>>`). Write `fire_timers` too: [`run_tasks`]
/// calls it when no task is ready; it moves the clock to the earliest
/// deadline ([`advance_to`]) and wakes every timer due then, in the order
/// they were set; it returns false when no timer is set.
///
/// asyncio: `await asyncio.sleep(d)`, whose `call_later` puts a timer on
/// the loop's `_scheduled` heap. Virtual time jumps as on tokio's paused
/// clock.
///
/// Expect: rice (3 units), vegetables (2) and meat (5) cooked together
/// finish at 3, 2 and 5. While any task is ready, the clock stands still.
pub fn sleep(duration: Duration) -> Sleep {
    Sleep { deadline: now() + duration, set: false }
}
// ANCHOR_END: sleep
