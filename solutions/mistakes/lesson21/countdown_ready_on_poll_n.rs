// Mistake: off by one: it is ready on the poll that brings the count to zero, so after `n - 1` Pending polls, not `n`.
// Expect: Expected:   Some(4)
// ANCHOR: countdown
/// Ready when the count reaches zero.
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
        self.left = self.left.saturating_sub(1);
        if self.left == 0 {
            return Poll::Ready(self.polls);
        }
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
// ANCHOR_END: countdown
