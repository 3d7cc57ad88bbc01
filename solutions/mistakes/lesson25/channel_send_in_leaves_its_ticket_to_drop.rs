// Mistake: a waiting send that goes ahead leaves its waker in the line and counts on `Drop` to take it out: while the finished send is kept, every later take wakes its task for nothing.
// Expect: the later takes have no reason to wake it
// ANCHOR: channel
/// What [`Sender::send`] gives back when the receiver is gone: the value it
/// could not deliver. tokio: `tokio::sync::mpsc::error::SendError<T>`.
#[derive(Debug, PartialEq, Eq)]
pub struct SendError<T>(pub T);

/// Everything the two ends share, behind one lock. The fields are a
/// suggestion: change them as you like.
struct State<T> {
    items: VecDeque<T>,
    capacity: usize,
    /// Live `Sender`s: the channel is closed when it drops to zero.
    senders: usize,
    receiver_gone: bool,
    /// The waker of the receiver's latest `Pending` poll.
    receiver: Option<Waker>,
    /// The sends waiting for room, by ticket: a ticket is taken when a send
    /// first waits, so the map's order is the order they began to wait.
    waiting: BTreeMap<u64, Waker>,
    next_ticket: u64,
}

type Shared<T> = Arc<Mutex<State<T>>>;

/// The sending end. Clone it for more senders: the channel closes when
/// the last one is dropped.
pub struct Sender<T> {
    shared: Shared<T>,
}

/// The receiving end.
pub struct Receiver<T> {
    shared: Shared<T>,
}

/// The future [`Sender::send`] returns.
pub struct Sending<'a, T> {
    shared: &'a Shared<T>,
    /// Taken out when it is delivered or given back.
    value: Option<T>,
    /// Set while it waits for room.
    ticket: Option<u64>,
}

// Nothing in a `Sending` is pinned: the value is moved out, never polled.
impl<T> Unpin for Sending<'_, T> {}

impl<T> Sender<T> {
    /// Sends `value`, waiting while the channel is full.
    pub fn send(&self, value: T) -> Sending<'_, T> {
        Sending { shared: &self.shared, value: Some(value), ticket: None }
    }
}

impl<T> Future for Sending<'_, T> {
    type Output = Result<(), SendError<T>>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        let mut state = this.shared.lock().unwrap();
        if state.receiver_gone || state.items.len() < state.capacity {
            // (The ticket is removed from the line by Drop for Sending.)
            let value = this.value.take().expect("polled after Ready");
            if state.receiver_gone {
                return Poll::Ready(Err(SendError(value)));
            }
            state.items.push_back(value);
            if let Some(receiver) = state.receiver.take() {
                receiver.wake();
            }
            return Poll::Ready(Ok(()));
        }
        let ticket = *this.ticket.get_or_insert_with(|| {
            state.next_ticket += 1;
            state.next_ticket
        });
        state.waiting.insert(ticket, cx.waker().clone());
        Poll::Pending
    }
}

impl<T> Clone for Sender<T> {
    fn clone(&self) -> Self {
        self.shared.lock().unwrap().senders += 1;
        Sender { shared: Arc::clone(&self.shared) }
    }
}

impl<T> Drop for Sender<T> {
    fn drop(&mut self) {
        let mut state = self.shared.lock().unwrap();
        state.senders -= 1;
        if state.senders == 0 {
            if let Some(receiver) = state.receiver.take() {
                receiver.wake();
            }
        }
    }
}

impl<T> Drop for Receiver<T> {
    fn drop(&mut self) {
        let mut state = self.shared.lock().unwrap();
        state.receiver_gone = true;
        state.items.clear();
        std::mem::take(&mut state.waiting).into_values().for_each(Waker::wake);
    }
}

impl<T> Drop for Sending<'_, T> {
    fn drop(&mut self) {
        if let Some(ticket) = self.ticket {
            self.shared.lock().unwrap().waiting.remove(&ticket);
        }
    }
}

impl<T> Receiver<T> {
    /// The next item, or `None` once the channel is closed and empty;
    /// `Pending` (with the waker kept) while it is open and empty.
    pub fn poll_recv(&mut self, cx: &mut Context<'_>) -> Poll<Option<T>> {
        let mut state = self.shared.lock().unwrap();
        if let Some(item) = state.items.pop_front() {
            state.waiting.values().for_each(Waker::wake_by_ref);
            return Poll::Ready(Some(item));
        }
        if state.senders == 0 {
            return Poll::Ready(None);
        }
        state.receiver = Some(cx.waker().clone());
        Poll::Pending
    }

    /// Receives the next item, waiting while the channel is empty; `None`
    /// once every sender is gone and the channel is empty.
    pub async fn recv(&mut self) -> Option<T> {
        poll_fn(|cx| self.poll_recv(cx)).await
    }
}

/// Create a bounded channel that holds at most `capacity` items, and
/// return its two ends. Write this, `Sending::poll` (the future
/// [`Sender::send`] returns), [`Receiver::poll_recv`] (`recv` is given: it
/// awaits `poll_recv`), `Clone` for [`Sender`], and `Drop` for [`Sender`],
/// [`Receiver`] and [`Sending`]: the items in a `VecDeque` and the wakers
/// of whoever waits, behind one `std::sync::Mutex` that both ends share.
///
/// asyncio: `asyncio.Queue(maxsize=capacity)` with `put` and `get`, which
/// keeps a deque of waiting futures for each side. tokio:
/// `tokio::sync::mpsc::channel(capacity)`.
///
/// Expect: `capacity` 0 panics (as in tokio). A send returns `Ok(())` at
/// its first poll while fewer than `capacity` items are queued (even if
/// other sends wait); otherwise it waits, and goes ahead at the very
/// instant the receiver takes an item: a waiting send never stays asleep
/// while there is room, also when two items are taken before it runs.
/// Sends that wait go ahead in the order they began to wait. `recv`
/// returns the oldest item at once; on an empty channel it waits until an
/// item comes, or returns `None` once every sender (the original and its
/// clones) has been dropped: the items queued before that still come out
/// first, and a `recv` waiting when the last sender drops is woken and
/// returns `None`. Once the receiver is dropped, the items still queued
/// are dropped with it (as tokio's are), and every send, waiting or new,
/// returns `Err(SendError(value))` with its value. A send dropped while it
/// waits leaves the line: the sends behind it still go ahead.
/// Every `Pending` (a send's, `poll_recv`'s) keeps the waker of its latest
/// poll; nothing wakes a task that has no reason to run (dropping a sender
/// that is not the last wakes no one), and nothing wakes itself.
pub fn channel<T>(capacity: usize) -> (Sender<T>, Receiver<T>) {
    assert!(capacity > 0, "a channel needs a capacity of at least 1");
    let state = State {
        items: VecDeque::new(),
        capacity,
        senders: 1,
        receiver_gone: false,
        receiver: None,
        waiting: BTreeMap::new(),
        next_ticket: 0,
    };
    let shared = Arc::new(Mutex::new(state));
    (Sender { shared: Arc::clone(&shared) }, Receiver { shared })
}
// ANCHOR_END: channel
