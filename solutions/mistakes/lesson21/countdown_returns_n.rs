// Mistake: returns `n`, the number of Pending polls, instead of the number of polls it took.
// Expect: It gave:    Some(0)
// ANCHOR: countdown
/// Returns how many times it waited.
pub fn countdown(n: u32) -> Countdown {
    Countdown { n, left: n }
}

/// The future [`countdown`] returns.
pub struct Countdown {
    n: u32,
    left: u32,
}

impl Future for Countdown {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        if self.left == 0 {
            return Poll::Ready(self.n);
        }
        self.left -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
// ANCHOR_END: countdown
