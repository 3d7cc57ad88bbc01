// Mistake: shares the count through `Rc<Cell<u32>>`, as a single-threaded program could: `tokio::spawn` needs a `Send` future, and an `Rc` is not `Send`, so it does not compile.
// Expect: cannot be sent between threads safely
// Expect: Rc<Cell<u32>>
// ANCHOR: sell_tickets
/// Shares the count through an `Rc`.
pub async fn sell_tickets(tickets: u32, buyers: Vec<&'static str>) -> Vec<&'static str> {
    use std::cell::Cell;
    use std::rc::Rc;
    let left = Rc::new(Cell::new(tickets));
    let sales: Vec<_> = buyers
        .into_iter()
        .map(|buyer| {
            let left = Rc::clone(&left);
            tokio::spawn(async move {
                if left.get() == 0 {
                    return None;
                }
                left.set(left.get() - 1);
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
