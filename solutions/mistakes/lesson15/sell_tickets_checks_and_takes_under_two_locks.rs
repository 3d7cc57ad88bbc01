// Mistake: checks that a ticket is left under one lock and takes it under a second, with no `.await` between them, then pays: right on one thread, where nothing runs between the two lockings, but on two worker threads another buyer can check between them, and the last ticket is sold twice (the count runs below zero).
// Expect: Panicked on two worker threads
// Expect: attempt to subtract with overflow
// ANCHOR: sell_tickets
/// Checks under one lock, takes the ticket under another, then pays.
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
                *left.lock().unwrap() -= 1;
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
