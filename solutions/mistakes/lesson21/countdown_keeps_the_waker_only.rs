// Mistake: keeps a copy of the waker, as a future set from elsewhere would, but nothing else will ever wake it: it had to wake itself.
// Expect: kept the waker but was never woken
// ANCHOR: countdown
/// Keeps the waker.
pub fn countdown(n: u32) -> Countdown {
    Countdown { left: n, polls: 0, waker: None }
}

/// The future [`countdown`] returns.
pub struct Countdown {
    left: u32,
    polls: u32,
    waker: Option<std::task::Waker>,
}

impl Future for Countdown {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        self.polls += 1;
        if self.left == 0 {
            return Poll::Ready(self.polls);
        }
        self.left -= 1;
        self.waker = Some(cx.waker().clone());
        Poll::Pending
    }
}
// ANCHOR_END: countdown
