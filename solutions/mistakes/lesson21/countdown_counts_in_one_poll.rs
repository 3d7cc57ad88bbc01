// Mistake: counts all the way down in a loop inside one poll (a `while` loop with no `await` in it), so it is ready on its first poll.
// Expect: polls: three Pending, then Ready
// ANCHOR: countdown
/// Counts down in one go.
pub fn countdown(n: u32) -> Countdown {
    Countdown { left: n }
}

/// The future [`countdown`] returns.
pub struct Countdown {
    left: u32,
}

impl Future for Countdown {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        let mut polls = 1;
        while self.left > 0 {
            self.left -= 1;
            polls += 1;
        }
        Poll::Ready(polls)
    }
}
// ANCHOR_END: countdown
