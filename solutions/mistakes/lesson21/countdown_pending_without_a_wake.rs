// Mistake: returns `Pending` without waking anyone, as if the loop polled every coroutine again on its own: nothing ever polls it a second time.
// Expect: returned Pending without keeping the waker: nothing will ever poll it again
// ANCHOR: countdown
/// Counts down one step per poll.
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

    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        self.polls += 1;
        if self.left == 0 {
            return Poll::Ready(self.polls);
        }
        self.left -= 1;
        Poll::Pending
    }
}
// ANCHOR_END: countdown
