// Alternative: counts the polls up and compares with `n`, instead of counting what is left down.
// ANCHOR: countdown
/// Counts up to `n + 1`.
pub fn countdown(n: u32) -> Countdown {
    Countdown { n, polls: 0 }
}

/// The future [`countdown`] returns.
pub struct Countdown {
    n: u32,
    polls: u32,
}

impl Future for Countdown {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        self.polls += 1;
        if self.polls > self.n {
            Poll::Ready(self.polls)
        } else {
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}
// ANCHOR_END: countdown
