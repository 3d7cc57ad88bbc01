// Mistake: checks that a ticket is left, pays, and only then takes the ticket: every buyer checks before anyone has paid, so all five are sold one of three tickets (the atomic count wraps below zero).
// Expect: returned the wrong value
// ANCHOR: sell_tickets
/// Checks, pays, then takes a ticket off the count.
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
                take_payment(buyer).await;
                left.fetch_sub(1, Ordering::SeqCst);
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
