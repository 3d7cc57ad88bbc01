// Mistake: a std `Mutex` locked for the check and locked again, after the payment, for the act: each step is safe on its own, and the pair still races, so the count runs below zero.
// Expect: Panicked
// Expect: attempt to subtract with overflow
// ANCHOR: sell_tickets
/// Locks to check, pays, locks again to take the ticket.
pub async fn sell_tickets(tickets: u32, buyers: Vec<&'static str>) -> Vec<&'static str> {
    let left = Arc::new(Mutex::new(tickets));
    let sales: Vec<_> = buyers
        .into_iter()
        .map(|buyer| {
            let left = Arc::clone(&left);
            tokio::spawn(async move {
                let available = *left.lock().unwrap() > 0;
                if !available {
                    return None;
                }
                take_payment(buyer).await;
                *left.lock().unwrap() -= 1;
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
