// Mistake: wakes itself twice before each `Pending`, to be sure: every wake asks for a poll, so the task is scheduled twice for one step.
// Expect: wakes: exactly one per Pending
// ANCHOR: countdown
/// Counts down one step per poll; nothing else will ever wake its task, so
/// every `Pending` comes with a wake of its own.
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
        // Ask to be polled again at once: without this wake, `Pending`
        // would be the last word.
        cx.waker().wake_by_ref();
        // One more, to be sure it is polled again.
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
// ANCHOR_END: countdown
