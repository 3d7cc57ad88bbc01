// Mistake: an atomic count, read with `load` and lowered with `fetch_sub` in a second step, no `.await` between them: each step is atomic, the pair is not, and on two worker threads two buyers can both see the last ticket (the count wraps round below zero, and every later buyer finds tickets).
// Expect: On two worker threads
// Expect: differs from the reference solution
// ANCHOR: sell_tickets
/// Loads the count, then takes a ticket with `fetch_sub`, then pays.
pub async fn sell_tickets(tickets: u32, buyers: Vec<&'static str>) -> Vec<&'static str> {
    use std::sync::atomic::{AtomicU32, Ordering};
    let left = Arc::new(AtomicU32::new(tickets));
    let sales: Vec<_> = buyers
        .into_iter()
        .map(|buyer| {
            let left = Arc::clone(&left);
            tokio::spawn(async move {
                if left.load(Ordering::SeqCst) == 0 {
                    return None;
                }
                left.fetch_sub(1, Ordering::SeqCst);
                take_payment(buyer).await;
                Some(buyer)
            })
        })
        .collect();
    let mut served = Vec::new();
    for sale in sales {
        served.extend(sale.await.expect("a buyer panicked"));
    }
    served
}
// ANCHOR_END: sell_tickets
