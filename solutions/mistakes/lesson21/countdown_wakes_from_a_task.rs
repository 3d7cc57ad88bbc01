// Mistake: hands the waker to a spawned task that wakes it (like `loop.call_soon(wake)`), so it does not wake itself before returning `Pending`: one more task per step, and a wake that comes later than the poll.
// Expect: polls that woke the task before returning Pending
// ANCHOR: countdown
/// Asks another task to wake it.
pub fn countdown(n: u32) -> Countdown {
    Countdown { left: n, polls: 0 }
}

/// The future [`countdown`] returns.
pub struct Countdown {
    left: u32,
    polls: u32,
}

impl Future for Countdown {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        self.polls += 1;
        if self.left == 0 {
            return Poll::Ready(self.polls);
        }
        self.left -= 1;
        let waker = cx.waker().clone();
        tokio::spawn(async move { waker.wake() });
        Poll::Pending
    }
}
// ANCHOR_END: countdown
