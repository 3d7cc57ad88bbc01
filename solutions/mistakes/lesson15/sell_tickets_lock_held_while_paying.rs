// Mistake: holds a tokio `Mutex` from the check through the payment to the act: nothing is oversold, but the buyers pay one after another.
// Expect: did not run its work as expected
// ANCHOR: sell_tickets
/// Keeps the count locked for the whole sale.
pub async fn sell_tickets(tickets: u32, buyers: Vec<&'static str>) -> Vec<&'static str> {
    let left = Arc::new(tokio::sync::Mutex::new(tickets));
    let sales: Vec<_> = buyers
        .into_iter()
        .map(|buyer| {
            let left = Arc::clone(&left);
            tokio::spawn(async move {
                let mut left = left.lock().await;
                if *left == 0 {
                    return None;
                }
                take_payment(buyer).await;
                *left -= 1;
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
