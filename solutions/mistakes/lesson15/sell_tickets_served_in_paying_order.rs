// Mistake: each buyer who got a ticket adds itself to a shared list once it has paid, and that list is returned: the buyers in the order they finished paying, which on one thread is the order they were spawned, and on two worker threads is not.
// Expect: On two worker threads
// Expect: differs from the reference solution
// ANCHOR: sell_tickets
/// Buyers add themselves to the list of the served once they have paid.
pub async fn sell_tickets(tickets: u32, buyers: Vec<&'static str>) -> Vec<&'static str> {
    let left = Arc::new(Mutex::new(tickets));
    let served = Arc::new(Mutex::new(Vec::new()));
    let sales: Vec<_> = buyers
        .into_iter()
        .map(|buyer| {
            let (left, served) = (Arc::clone(&left), Arc::clone(&served));
            tokio::spawn(async move {
                let reserved = {
                    let mut left = left.lock().unwrap();
                    let reserved = *left > 0;
                    if reserved {
                        *left -= 1;
                    }
                    reserved
                };
                if reserved {
                    take_payment(buyer).await;
                    served.lock().unwrap().push(buyer);
                }
            })
        })
        .collect();
    for sale in sales {
        sale.await.expect("a buyer panicked");
    }
    let served = served.lock().unwrap().clone();
    served
}
// ANCHOR_END: sell_tickets
